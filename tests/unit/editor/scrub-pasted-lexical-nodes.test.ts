import { describe, expect, it } from 'vitest';
import { scrubPastedJSON } from '../../../renderer/editor/paste/scrub-pasted-nodes';
import { nodeWindow } from '../content/dom-window';
import { createStoryEditor } from '../../../shared/content/story-editor';
import { BodyState } from '../../../shared/story/story-schema';

describe('pasted Lexical clipboard JSON of Lexical’s own nodes', () => {
  it('loses an overlay style, a remote background and unknown keys, keeps the words, and drops unknown node types', () => {
    const pasted = [
      {
        type: 'paragraph',
        version: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        textFormat: 0,
        textStyle: 'position:fixed;inset:0',
        onclick: 'alert(1)',
        children: [
          { type: 'text', version: 1, text: 'Overlay', format: 0, detail: 0, mode: 'normal', style: 'position:fixed;inset:0;z-index:9999' },
          { type: 'text', version: 1, text: 'Bold', format: '1;background:url(https://evil.example/x.png)', detail: 0, mode: 'normal', style: '' },
          { type: 'x-widget', version: 1, text: 'Kept as text', html: '<script>' },
          { type: 'x-span', version: 1, children: [{ type: 'text', version: 1, text: ' and inside', format: 0, detail: 0, mode: 'normal', style: 'background:url(https://evil.example/y.png)' }] },
        ],
      },
      { type: 'x-iframe', version: 1, src: 'https://evil.example' },
    ];
    const scrubbed = scrubPastedJSON(pasted, nodeWindow());
    expect(scrubbed).toEqual([
      {
        type: 'paragraph',
        version: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        textFormat: 0,
        textStyle: '',
        children: [
          { type: 'text', version: 1, text: 'Overlay', format: 0, detail: 0, mode: 'normal', style: '' },
          { type: 'text', version: 1, text: 'Bold', format: 0, detail: 0, mode: 'normal', style: '' },
          { type: 'text', version: 1, text: 'Kept as text', format: 0, detail: 0, mode: 'normal', style: '' },
          { type: 'text', version: 1, text: ' and inside', format: 0, detail: 0, mode: 'normal', style: '' },
        ],
      },
    ]);
    // What is left is a body the core accepts and Lexical reads.
    const body = { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: scrubbed } };
    expect(BodyState.safeParse(body).success).toBe(true);
    expect(() => createStoryEditor().parseEditorState(JSON.stringify(body))).not.toThrow();
  });
});
