import { embedDeclaration } from '../../../shared/content/nodes/embed/embed-declaration';
import { imageDeclaration } from '../../../shared/content/nodes/image/image-declaration';
import { createEmptyHistoryState } from '@lexical/history';
import { $createLinkNode, $isLinkNode } from '@lexical/link';
import { $convertFromMarkdownString } from '@lexical/markdown';
import { $createParagraphNode, $createTextNode, $getRoot, HISTORY_PUSH_TAG } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $isEmbedNode } from '../../../shared/content/nodes';
import { $replaceAll, $replaceNth, $searchBody } from '../../../renderer/editor/find/find-in-editor';
import { headlessEditor } from './support/headless-editor';
import { $createEditorEmbedNode, EditorEmbedNode } from '../../../renderer/editor/nodes/EditorEmbedNode';
import { EditorFootnoteNode } from '../../../renderer/editor/nodes/EditorFootnoteNode';
import { EditorImageNode } from '../../../renderer/editor/nodes/EditorImageNode';
import { EditorPullQuoteNode } from '../../../renderer/editor/nodes/EditorPullQuoteNode';
import { EditorSeparatorNode } from '../../../renderer/editor/nodes/EditorSeparatorNode';
import { $scrubPastedNodes } from '../../../renderer/editor/paste/scrub-pasted-nodes';
import { HISTORY_MAX_DEPTH, registerCappedHistory } from '../../../renderer/editor/plugins/CappedHistoryPlugin';
import { PRESSWORK_MARKDOWN } from '../../../renderer/editor/plugins/MarkdownShortcutsPlugin';

const editor = headlessEditor;

const text = (t: string, format = 0) => ({ type: 'text', version: 1, text: t, format, detail: 0, mode: 'normal', style: '' });
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children });
const body = (...children: unknown[]) => ({ root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children } });

describe('editor nodes', () => {
  it('reads the content model’s JSON into the editor’s React subclasses and writes it back unchanged', () => {
    const json = body(
      { type: 'pull-quote', version: 1, text: 'We will not back down', citation: 'The mayor' },
      imageDeclaration.json({ mediaId: '7c1e1a52-4f1e-4c39-9a55-0b1a4b6a9f10', caption: 'The hall', credit: 'A. Photographer', altText: 'A crowded hall' }),
      embedDeclaration.json({ url: 'https://www.youtube.com/watch?v=abc', provider: 'youtube' }),
      { type: 'separator', version: 1 },
      paragraph(text('Claim'), { type: 'footnote', version: 1, note: 'Source: records' }),
    );
    const e = editor();
    const state = e.parseEditorState(JSON.stringify(json));
    const classes = state.read(() => {
      const [pq, img, emb, sep, p] = $getRoot().getChildren();
      return [pq, img, emb, sep, (p as unknown as { getFirstChild(): unknown; getLastChild(): unknown }).getLastChild()].map((n) => (n as object).constructor);
    });
    expect(classes).toEqual([EditorPullQuoteNode, EditorImageNode, EditorEmbedNode, EditorSeparatorNode, EditorFootnoteNode]);
    const out = state.toJSON() as unknown as ReturnType<typeof body>;
    expect(out.root.children.slice(0, 4)).toEqual(json.root.children.slice(0, 4));
    expect(JSON.stringify(out)).toContain('"note":"Source: records"');
  });

  it('refuses JSON written by a newer Presswork instead of dropping what it does not know', () => {
    const e = editor();
    expect(() => e.parseEditorState(JSON.stringify(body({ type: 'pull-quote', version: 99, text: 'x', citation: '' })))).toThrow(/newer Presswork/);
  });
});

describe('paste scrubbing', () => {
  it('turns refused links into their text and drops non-web embeds, at any depth', () => {
    const e = editor();
    e.update(
      () => {
        const bad = $createLinkNode('javascript:alert(1)').append($createTextNode('evil'));
        const good = $createLinkNode('https://example.org/').append($createTextNode('fine'));
        const nestedBad = $createLinkNode('data:text/html,x').append($createTextNode('nested'));
        const p = $createParagraphNode().append($createTextNode('a '), nestedBad);
        const out = $scrubPastedNodes([bad, good, p, $createEditorEmbedNode('javascript:alert(2)'), $createEditorEmbedNode('https://vimeo.com/1')]);
        expect(out.map((n) => n.getType())).toEqual(['text', 'link', 'paragraph', 'embed']);
        expect(out[0]!.getTextContent()).toBe('evil');
        expect($isLinkNode(out[1]) && out[1].getURL()).toBe('https://example.org/');
        expect(p.getChildren().some($isLinkNode)).toBe(false);
        expect(p.getTextContent()).toBe('a nested');
        expect($isEmbedNode(out[3]) && out[3].getURL()).toBe('https://vimeo.com/1');
      },
      { discrete: true },
    );
  });
});

describe('markdown shortcuts', () => {
  it('makes H2–H4 subheads, quotes and lists, and leaves "# " as text', () => {
    const e = editor();
    e.update(() => $convertFromMarkdownString('## Two\n### Three\n#### Four\n# One\n> Quote\n- item\n1. first\n\n**b** and _i_', PRESSWORK_MARKDOWN), { discrete: true });
    const json = JSON.stringify(e.getEditorState().toJSON());
    const children = (e.getEditorState().toJSON().root.children as Array<{ type: string; tag?: string; listType?: string }>).map((c) => c.listType ?? c.tag ?? c.type);
    expect(children).toEqual(['h2', 'h3', 'h4', 'paragraph', 'quotation', 'bullet', 'number', 'paragraph']);
    expect(json).toContain('"text":"# One"');
    expect(json).toMatch(/"format":1,[^}]*"text":"b"|"text":"b"[^}]*"format":1/);
  });
});

describe('find and replace in the body', () => {
  const setup = () => {
    const e = editor();
    // "half" plain + "bold" bold + " end", then a second paragraph.
    e.setEditorState(e.parseEditorState(JSON.stringify(body(paragraph(text('The half'), text('bold', 1), text(' cat end')), paragraph(text('Cat and cat.'))))));
    return e;
  };

  it('finds matches across formatting and replaces one, keeping the rest of the text', () => {
    const e = setup();
    const count = e.getEditorState().read(() => $searchBody('fbo', { matchCase: false, wholeWord: false }).length);
    expect(count).toBe(1);
    e.update(() => void $replaceNth('fbo', 'F-BO', { matchCase: false, wholeWord: false }, 0), { discrete: true });
    expect(e.getEditorState().read(() => $getRoot().getTextContent())).toBe('The halF-BOld cat end\n\nCat and cat.');
  });

  it('replace all honours match case and whole word', () => {
    const e = setup();
    let n = 0;
    e.update(() => void (n = $replaceAll('cat', 'dog', { matchCase: true, wholeWord: true })), { discrete: true });
    expect(n).toBe(2);
    expect(e.getEditorState().read(() => $getRoot().getTextContent())).toBe('The halfbold dog end\n\nCat and dog.');
    e.update(() => void (n = $replaceAll('CAT', 'bird', { matchCase: false, wholeWord: false })), { discrete: true });
    expect(n).toBe(1);
    expect(e.getEditorState().read(() => $getRoot().getTextContent())).toBe('The halfbold dog end\n\nbird and dog.');
  });
});

describe('capped history', () => {
  it('keeps at most HISTORY_MAX_DEPTH undo steps however long the session', () => {
    const e = editor();
    const history = createEmptyHistoryState();
    let clock = 0;
    const unregister = registerCappedHistory(e, history, () => clock);
    e.update(() => $getRoot().append($createParagraphNode()), { discrete: true });
    for (let i = 0; i < HISTORY_MAX_DEPTH + 50; i++) {
      clock += 5000;
      e.update(
        () => {
          $getRoot().getFirstChildOrThrow<ReturnType<typeof $createParagraphNode>>().append($createTextNode(`w${i} `));
        },
        { discrete: true, tag: HISTORY_PUSH_TAG },
      );
    }
    expect(history.undoStack.length).toBe(HISTORY_MAX_DEPTH);
    unregister();
  });
});
