import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBlankPiece, topLevelBlocks } from '../../../shared/content/wordpress/block-source';

const columns = `<!-- wp:columns -->
<div class="wp-block-columns"><!-- wp:column -->
<div class="wp-block-column"><!-- wp:paragraph -->
<p>Left</p>
<!-- /wp:paragraph --></div>
<!-- /wp:column --></div>
<!-- /wp:columns -->`;

describe('topLevelBlocks', () => {
  it('cuts a post into its top-level blocks and the whitespace between them, byte for byte', () => {
    const content = `<!-- wp:paragraph -->\n<p>One</p>\n<!-- /wp:paragraph -->\n\n${columns}\n\n<!-- wp:acme/chart {"id":3,"label":"a \\u003c b"} /-->`;
    const pieces = topLevelBlocks(content);
    expect(pieces.map((p) => p.raw).join('')).toBe(content);
    const blocks = pieces.filter((p) => !isBlankPiece(p));
    expect(blocks.map((p) => p.block.blockName)).toEqual(['core/paragraph', 'core/columns', 'acme/chart']);
    expect(blocks[1]!.raw).toBe(columns);
    // The attributes' JSON exactly as written (the parser alone would re-encode it).
    expect(blocks[2]!.raw).toBe('<!-- wp:acme/chart {"id":3,"label":"a \\u003c b"} /-->');
    expect(blocks[2]!.block.attrs).toEqual({ id: 3, label: 'a < b' });
  });

  it('keeps classic HTML between blocks as a piece of its own', () => {
    const content = `Classic words\n\n[gallery ids="1,2"]\n<!-- wp:separator -->\n<hr class="wp-block-separator"/>\n<!-- /wp:separator -->tail`;
    const pieces = topLevelBlocks(content);
    expect(pieces.map((p) => [p.block.blockName, p.raw])).toEqual([
      [null, 'Classic words\n\n[gallery ids="1,2"]\n'],
      ['core/separator', '<!-- wp:separator -->\n<hr class="wp-block-separator"/>\n<!-- /wp:separator -->'],
      [null, 'tail'],
    ]);
  });

  it('reads a post with no blocks as one classic piece, and an unclosed block as running to the end', () => {
    expect(topLevelBlocks('<p>Just HTML</p>').map((p) => p.block.blockName)).toEqual([null]);
    const open = 'Intro\n<!-- wp:group -->\n<div class="wp-block-group"><p>never closed</p></div>';
    const pieces = topLevelBlocks(open);
    expect(pieces.map((p) => p.raw).join('')).toBe(open);
    expect(pieces.map((p) => p.block.blockName)).toEqual([null, 'core/group']);
  });

  it('gives back any content byte for byte', () => {
    const piece = fc.oneof(
      fc.string(),
      fc.constantFrom('<!-- wp:paragraph -->', '<!-- /wp:paragraph -->', '<!-- wp:a/b {"x":"}"} /-->', '<!-- wp:group -->', '<!-- /wp:group -->', '<!--more-->', '\n\n'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const content = parts.join('');
        expect(topLevelBlocks(content).map((p) => p.raw).join('')).toBe(content);
      }),
      { numRuns: 300 },
    );
  });
});
