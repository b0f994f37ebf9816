import { describe, expect, it } from 'vitest';
import { $createParagraphNode, $createTextNode, $getRoot, type LexicalEditor } from 'lexical';
import {
  $createEmbedNode,
  $createFootnoteNode,
  $createImageNode,
  $createPullQuoteNode,
  $createSeparatorNode,
  $footnoteNumbers,
  $footnotesInOrder,
  $isEmbedNode,
  $isImageNode,
  $isPullQuoteNode,
  EmbedNode,
  ImageNode,
  NodeVersionError,
  migrateNodeJSON,
} from '../../../shared/content/nodes';
import { checkBody, createStoryEditor, normalizeBody } from '../../../shared/content/story-editor';
import type { BodyState } from '../../../shared/story/story-schema';

function build(editor: LexicalEditor, fill: () => void): BodyState {
  editor.update(fill, { discrete: true });
  return editor.getEditorState().toJSON() as unknown as BodyState;
}

describe('story nodes', () => {
  it('serialize with their own version and read back identically', () => {
    const editor = createStoryEditor();
    const body = build(editor, () => {
      const root = $getRoot();
      root.append($createPullQuoteNode('We will rebuild.', 'The mayor'));
      root.append($createImageNode({ mediaId: 'm-42', caption: 'The bridge at dawn', credit: 'Ana Ruiz', altText: 'A bridge' }));
      root.append($createEmbedNode('https://youtu.be/abc123'));
      root.append($createSeparatorNode());
      const p = $createParagraphNode();
      p.append($createTextNode('Claim'), $createFootnoteNode('Source: the report.'));
      root.append(p);
    });
    const children = body.root.children;
    expect(children.map((c) => c.type)).toEqual(['pull-quote', 'image', 'embed', 'separator', 'paragraph']);
    expect(children[1]).toMatchObject({ type: 'image', version: 2, src: '', mediaId: 'm-42', caption: 'The bridge at dawn', credit: 'Ana Ruiz', altText: 'A bridge' });
    expect(children[2]).toMatchObject({ type: 'embed', url: 'https://youtu.be/abc123', provider: 'youtube' });
    expect(JSON.stringify(children)).not.toMatch(/base64|path|"src":"[^"]/);
    expect(normalizeBody(body)).toEqual(body);
  });

  it('exposes getters and setters for the renderer', () => {
    const editor = createStoryEditor();
    editor.update(
      () => {
        const image = $createImageNode({ mediaId: 'a' });
        image.setCaption('c').setCredit('cr').setAltText('alt');
        const embed = $createEmbedNode('https://example.com/story');
        const quote = $createPullQuoteNode('t');
        quote.setCitation('who');
        $getRoot().append(image, embed, quote);
        expect($isImageNode(image) && image.getCaption()).toBe('c');
        expect(image.getCredit()).toBe('cr');
        expect(image.getAltText()).toBe('alt');
        expect(image.getMediaId()).toBe('a');
        expect($isEmbedNode(embed) && embed.getProvider()).toBe('link');
        embed.setURL('https://vimeo.com/1');
        expect(embed.getProvider()).toBe('vimeo');
        expect($isPullQuoteNode(quote) && quote.getCitation()).toBe('who');
      },
      { discrete: true },
    );
  });

  it('numbers footnotes by position and renumbers when one moves', () => {
    const editor = createStoryEditor();
    editor.update(
      () => {
        const first = $createParagraphNode();
        const second = $createParagraphNode();
        const a = $createFootnoteNode('A');
        const b = $createFootnoteNode('B');
        first.append($createTextNode('one'), a);
        second.append($createTextNode('two'), b);
        $getRoot().append(first, second);
        expect($footnotesInOrder().map((n) => n.getNote())).toEqual(['A', 'B']);
        first.insertBefore(second);
        const numbers = $footnoteNumbers();
        expect(numbers.get(b.getKey())).toBe(1);
        expect(numbers.get(a.getKey())).toBe(2);
      },
      { discrete: true },
    );
  });

  it('refuses JSON written by a newer Presswork with a readable error', () => {
    const body = {
      root: { type: 'root', version: 1, children: [{ type: 'image', version: 99, mediaId: 'x' }] },
    } as unknown as BodyState;
    expect(() => normalizeBody(body)).toThrow(NodeVersionError);
    expect(() => normalizeBody(body)).toThrow(/newer Presswork/);
  });

  it('migrates older JSON step by step and fills defaults for missing fields', () => {
    const migrated = migrateNodeJSON('thing', { type: 'thing', version: 1, a: 1 }, 3, {
      1: (old) => ({ ...old, b: 2 }),
      2: (old) => ({ ...old, c: (old.b as number) + 1 }),
    });
    expect(migrated).toEqual({ type: 'thing', version: 3, a: 1, b: 2, c: 3 });
    const editor = createStoryEditor();
    editor.update(() => {}, { discrete: true });
    const state = editor.parseEditorState(
      JSON.stringify({ root: { type: 'root', version: 1, children: [{ type: 'embed', url: 'https://x.com/a/status/1' }] } }),
    );
    state.read(() => {
      const node = $getRoot().getFirstChild();
      expect(node).toBeInstanceOf(EmbedNode);
      expect((node as EmbedNode).getProvider()).toBe('twitter');
    });
    expect(ImageNode.getType()).toBe('image');
  });

  it('checks a body before it is stored, with a readable reason', () => {
    const unknown = { root: { type: 'root', version: 1, children: [{ type: 'hologram', version: 1 }] } } as unknown as BodyState;
    expect(checkBody(unknown)).toEqual({ ok: false, reason: 'This story contains a "hologram" block this version of Presswork does not know.' });
    const newer = { root: { type: 'root', version: 1, children: [{ type: 'pull-quote', version: 7, text: 'x' }] } } as unknown as BodyState;
    const result = checkBody(newer);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/newer Presswork/);
    const fine = { root: { type: 'root', version: 1, children: [{ type: 'separator', version: 1 }] } } as unknown as BodyState;
    expect(checkBody(fine).ok).toBe(true);
  });
});
