import { describe, expect, it } from 'vitest';
import { scrubPastedJSON } from '../../../renderer/editor/paste/scrub-pasted-nodes';

describe('pasted Lexical JSON', () => {
  it('keeps only the declared keys of Presswork nodes, at any depth, and no inline style on Lexical’s own nodes', () => {
    const pasted = [
      { type: 'image', version: 1, mediaId: 'm', caption: 'c', credit: '', altText: 'a', src: 'data:image/png;base64,xx', $: { evil: 1 } },
      {
        type: 'paragraph',
        version: 1,
        direction: null,
        children: [
          { type: 'text', version: 1, text: 'Claim', style: 'color:red' },
          { type: 'footnote', version: 1, note: 'n', onclick: 'alert(1)' },
        ],
      },
    ];
    expect(scrubPastedJSON(pasted)).toEqual([
      { type: 'image', version: 1, mediaId: 'm', caption: 'c', credit: '', altText: 'a' },
      {
        type: 'paragraph',
        version: 1,
        direction: null,
        children: [
          { type: 'text', version: 1, text: 'Claim', style: '' },
          { type: 'footnote', version: 1, note: 'n' },
        ],
      },
    ]);
    expect(pasted[0]).toHaveProperty('src');
  });
});
