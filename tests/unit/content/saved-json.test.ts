import { createHeadlessEditor } from '@lexical/headless';
import { describe, expect, it } from 'vitest';
import { editorNodes } from '../../../renderer/editor/nodes';
import { NodeVersionError, storyNodeDeclarations, storyNodeKeys, undeclaredKeys } from '../../../shared/content/nodes';
import { declareStoryNode, parseText } from '../../../shared/content/nodes/story-node-declaration';
import { createStoryEditor } from '../../../shared/content/story-editor';
import { BodyState, SaveStoryInput } from '../../../shared/story/story-schema';

/** Saved JSON of every Presswork node type, exactly as stories hold it (keys in their saved order). */
const SAVED = [
  '{"type":"pull-quote","version":1,"text":"We will rebuild.","citation":"The mayor"}',
  '{"type":"pull-quote","version":1,"text":"","citation":""}',
  '{"type":"image","version":2,"mediaId":"m-42","caption":"The bridge at dawn","credit":"Ana Ruiz","altText":"A bridge","src":"","sizeSlug":"large","align":"","width":null,"height":null,"linkDestination":"none","href":"","linkTarget":"","rel":"","linkClass":"","className":"","anchor":"","title":"","publishedCaption":null,"legacyCaption":false,"form":"block","imgClass":"","shortcode":null}',
  '{"type":"image","version":2,"mediaId":"m-43","caption":"","credit":"","altText":"","src":"","sizeSlug":"large","align":"","width":null,"height":null,"linkDestination":"none","href":"","linkTarget":"","rel":"","linkClass":"","className":"","anchor":"","title":"","publishedCaption":null,"legacyCaption":false,"form":"block","imgClass":"","shortcode":null}',
  '{"type":"image","version":2,"mediaId":"","caption":"Flooded street","credit":"AP","altText":"Water","src":"https://ap.example.com/photo.jpg","sizeSlug":"","align":"right","width":300,"height":200,"linkDestination":"custom","href":"https://ap.example.com/","linkTarget":"_blank","rel":"noopener","linkClass":"","className":"is-style-rounded","anchor":"flood","title":"","publishedCaption":{"html":"Flooded <a href=\\"https://ap.example.com/\\">street</a><br><em>AP</em>","caption":"Flooded street","credit":"AP"},"legacyCaption":true,"form":"block-div","imgClass":"","shortcode":null}',
  '{"type":"image","version":2,"mediaId":"wp-attachment:5","caption":"Boats","credit":"","altText":"","src":"http://wp.test/a-300x200.jpg","sizeSlug":"medium","align":"","width":300,"height":200,"linkDestination":"","href":"","linkTarget":"","rel":"","linkClass":"","className":"","anchor":"","title":"","publishedCaption":{"html":"Boats","caption":"Boats","credit":""},"legacyCaption":false,"form":"classic","imgClass":"size-medium wp-image-5","shortcode":{"id":"attachment_5","align":"alignnone","width":"300"}}',
  '{"type":"embed","version":1,"url":"https://youtu.be/abc123","provider":"youtube"}',
  '{"type":"embed","version":1,"url":"https://example.com/page","provider":"link"}',
  '{"type":"separator","version":1}',
  '{"type":"preserved-block","version":1,"blockName":"core/columns","markup":"<!-- wp:columns -->\\n<div class=\\"wp-block-columns\\"></div>\\n<!-- /wp:columns -->","label":"Columns","text":""}',
  '{"type":"preserved-block","version":1,"blockName":null,"markup":"[gallery ids=\\"1,2\\"]","label":"Shortcode [gallery]","text":""}',
];
const SAVED_FOOTNOTES = ['{"type":"footnote","version":1,"note":"Source: the report."}', '{"type":"footnote","version":1,"note":""}'];

const paragraph = (children: string[]) =>
  `{"children":[${children.join(',')}],"direction":null,"format":"","indent":0,"type":"paragraph","version":1,"textFormat":0,"textStyle":""}`;
const savedBody = `{"root":{"children":[${[...SAVED, paragraph(SAVED_FOOTNOTES)].join(',')}],"direction":null,"format":"","indent":0,"type":"root","version":1}}`;

const rendererEditor = () =>
  createHeadlessEditor({
    namespace: 'presswork-body',
    nodes: [...editorNodes],
    onError(error) {
      throw error;
    },
  });

describe('saved story JSON', () => {
  it('round-trips byte for byte through the content model and through the editor', () => {
    for (const editor of [createStoryEditor(), rendererEditor()]) {
      const state = editor.parseEditorState(savedBody);
      const out = state.toJSON() as unknown as { root: { children: Array<{ children?: unknown[] }> } };
      const nodes = out.root.children;
      expect(nodes.slice(0, SAVED.length).map((node) => JSON.stringify(node))).toEqual(SAVED);
      expect((nodes[SAVED.length]?.children ?? []).map((node) => JSON.stringify(node))).toEqual(SAVED_FOOTNOTES);
      // And parsing what was written writes it again unchanged.
      expect(JSON.stringify(editor.parseEditorState(JSON.stringify(out)).toJSON())).toBe(JSON.stringify(out));
    }
  });

  it('writes every declared field, in declared order, for JSON that leaves some out', () => {
    const state = createStoryEditor().parseEditorState('{"root":{"children":[{"type":"image","mediaId":"m"},{"type":"embed","url":"https://vimeo.com/1"}],"type":"root","version":1}}');
    const [image, embed] = (state.toJSON() as unknown as { root: { children: unknown[] } }).root.children;
    // Version 1 (no version written reads as the current one) fills every field at its default.
    expect(JSON.stringify(image)).toBe('{"type":"image","version":2,"mediaId":"m","caption":"","credit":"","altText":"","src":"","sizeSlug":"","align":"","width":null,"height":null,"linkDestination":"","href":"","linkTarget":"","rel":"","linkClass":"","className":"","anchor":"","title":"","publishedCaption":null,"legacyCaption":false,"form":"block","imgClass":"","shortcode":null}');
    expect(JSON.stringify(embed)).toBe('{"type":"embed","version":1,"url":"https://vimeo.com/1","provider":"vimeo"}');
  });
});

describe('a declaration', () => {
  it('upgrades older JSON through its migrations, fills what is missing, and refuses newer JSON', () => {
    const thing = declareStoryNode('thing', 2, { a: { parse: parseText }, b: { parse: parseText } }, { migrations: { 1: (old) => ({ ...old, b: String(old.a).toUpperCase() }) } });
    expect(thing.read(thing.upgrade({ type: 'thing', version: 1, a: 'x' }))).toEqual({ a: 'x', b: 'X' });
    expect(JSON.stringify(thing.json({ b: 'y' }))).toBe('{"type":"thing","version":2,"a":"","b":"y"}');
    expect(() => thing.upgrade({ type: 'thing', version: 3, a: 'x' })).toThrow(NodeVersionError);
  });
});

describe('declared keys', () => {
  it('are the keys each node type saves, and none for Lexical’s own types', () => {
    for (const json of [...SAVED, ...SAVED_FOOTNOTES]) {
      const node = JSON.parse(json) as { type: string };
      expect(storyNodeKeys(node.type)).toEqual(Object.keys(node));
      expect(undeclaredKeys(node)).toEqual([]);
    }
    expect(storyNodeDeclarations.map((d) => d.type).sort()).toEqual(['embed', 'footnote', 'image', 'preserved-block', 'pull-quote', 'separator']);
    expect(storyNodeKeys('paragraph')).toBeUndefined();
    expect(undeclaredKeys({ type: 'image', mediaId: 'm', src: 'x', path: '/tmp/x' })).toEqual(['path']);
  });

  it('let a saved body through and refuse a Presswork node with an undeclared key, at any depth, saying which', () => {
    expect(BodyState.safeParse(JSON.parse(savedBody)).success).toBe(true);
    const nested = JSON.parse(paragraph(['{"type":"footnote","version":1,"note":"n","html":"<b>x</b>"}'])) as unknown;
    const refused = BodyState.safeParse({ root: { type: 'root', children: [nested] } });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toBe('A "footnote" block in the story has a field this version of Presswork does not know ("html").');
    const save = SaveStoryInput.safeParse({
      id: '7c1e1a52-4f1e-4c39-9a55-0b1a4b6a9f10',
      headline: 'h',
      body: { root: { type: 'root', children: [{ type: 'image', version: 2, mediaId: 'm', path: 'x', blob: 'y' }] } },
    });
    expect(save.success).toBe(false);
    expect(save.error?.issues[0]?.message).toMatch(/"image" block .* fields .*\("path", "blob"\)/);
  });
});
