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

describe('pasted text blocks from WordPress (issue #12)', () => {
  it('keep a quotation, a highlight’s colours and a heading’s anchor, and drop colours or state that are not theirs', () => {
    const pasted = [
      { type: 'heading', version: 1, tag: 'h2', $: { anchor: 'the-vote' }, children: [] },
      { type: 'heading', version: 1, tag: 'h2', $: { anchor: 'x', onclick: 'alert(1)' }, children: [] },
      {
        type: 'quotation',
        version: 1,
        form: 'html',
        children: [
          {
            type: 'paragraph',
            version: 1,
            children: [
              { type: 'highlight', version: 1, colorStyle: 'background-color:#fcb900', colorClass: 'has-inline-color', children: [{ type: 'text', version: 1, text: 'kept' }] },
              { type: 'highlight', version: 1, colorStyle: 'background:url(https://evil.example/)', colorClass: 'evil', children: [{ type: 'text', version: 1, text: 'plain' }] },
            ],
          },
          { type: 'quote-citation', version: 1, children: [{ type: 'text', version: 1, text: 'Who' }] },
        ],
      },
    ];
    const [heading, badHeading, quotation] = scrubPastedJSON(pasted) as Array<Record<string, unknown> & { children?: Array<Record<string, unknown> & { children?: Array<Record<string, unknown>> }> }>;
    expect(heading).toMatchObject({ $: { anchor: 'the-vote' } });
    expect(badHeading).not.toHaveProperty('$');
    expect(quotation).toMatchObject({ type: 'quotation', form: 'html' });
    const marks = quotation?.children?.[0]?.children ?? [];
    expect(marks[0]).toMatchObject({ colorStyle: 'background-color:#fcb900', colorClass: 'has-inline-color' });
    expect(marks[1]).not.toHaveProperty('colorStyle');
    expect(marks[1]).not.toHaveProperty('colorClass');
    expect(quotation?.children?.[1]).toMatchObject({ type: 'quote-citation' });
  });
});
