import { describe, expect, it } from 'vitest';
import { scrubPastedJSON } from '../../../renderer/editor/paste/scrub-pasted-nodes';
import { nodeWindow } from '../content/dom-window';

const window = nodeWindow();

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
    expect(scrubPastedJSON(pasted, window)).toEqual([
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

  it('turns a pasted preserved block into sanitized story nodes: kept markup never travels by the clipboard', () => {
    const markup =
      '<!-- wp:columns -->\n<div class="wp-block-columns"><!-- wp:column -->\n<div class="wp-block-column"><!-- wp:paragraph -->\n<p onclick="steal()">Left <a href="javascript:alert(1)">column</a></p>\n<!-- /wp:paragraph --></div>\n<!-- /wp:column --></div>\n<!-- /wp:columns -->\n\n' +
      '<!-- wp:html -->\n<script>alert(2)</script><iframe src="https://evil.example"></iframe>\n<!-- /wp:html -->';
    const pasted = [{ type: 'preserved-block', version: 1, blockName: 'core/columns', markup, label: 'Columns', text: 'Left column' }];
    const scrubbed = scrubPastedJSON(pasted, window);
    const json = JSON.stringify(scrubbed);
    expect(json).not.toMatch(/preserved-block|markup|onclick|javascript|alert|script|iframe|evil/);
    expect(scrubbed.map((n) => n.type)).toEqual(['paragraph']);
    // The refused link keeps its words.
    expect(json).toContain('"text":"Left column"');
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
    const [heading, badHeading, quotation] = scrubPastedJSON(pasted, window) as Array<Record<string, unknown> & { children?: Array<Record<string, unknown> & { children?: Array<Record<string, unknown>> }> }>;
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
