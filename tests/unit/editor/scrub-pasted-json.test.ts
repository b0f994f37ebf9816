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
