import { parse } from '@wordpress/block-serialization-default-parser';
import { describe, expect, it } from 'vitest';
import { footnoteFormatFor } from '../../../shared/content/wordpress/footnote-anchors';
import { wordpressToBody } from '../../../shared/content/wordpress/from-wordpress';
import { bodyToPostContent } from '../../../shared/content/wordpress/to-blocks';
import { bodyPlainText } from '../../../shared/story/plain-text';
import { body, footnote, h, p, text } from './body-builders';
import { nodeWindow } from './dom-window';

const window = nodeWindow();
const noMedia = () => null;
const story = () => body(p(text('First'), footnote('Note A.')), h('h2', text('Head'), footnote('Note B.')), p(text('Third'), footnote('Note <C> & D.')));

describe('footnotes for WordPress 6.3 and later (core/footnotes)', () => {
  it.each([
    ['6.1.9', 'list'],
    ['6.2', 'list'],
    ['6.3', 'core'],
    ['6.4.2', 'core'],
    ['7.0-beta1', 'core'],
    [null, 'list'],
    ['unknown', 'list'],
  ] as const)('a site on %s gets the %s format', (version, format) => {
    expect(footnoteFormatFor(version)).toBe(format);
  });

  it('writes <sup data-fn> references, one core/footnotes block, and the notes as the footnotes meta', () => {
    const { content, footnotesMeta } = bodyToPostContent(story(), noMedia, 'core');
    const blocks = parse(content).filter((b) => b.blockName !== null);
    expect(blocks.map((b) => b.blockName)).toEqual(['core/paragraph', 'core/heading', 'core/paragraph', 'core/footnotes']);
    expect(blocks[0]!.innerHTML).toBe('\n<p>First<sup data-fn="fn-1" class="fn"><a href="#fn-1" id="fn-1-link">1</a></sup></p>\n');
    expect(blocks[3]!.innerHTML).toBe('');
    expect(content).toContain('<!-- wp:footnotes /-->');
    expect(content).not.toMatch(/<ol>/);
    expect(JSON.parse(footnotesMeta!)).toEqual([
      { content: 'Note A.', id: 'fn-1' },
      { content: 'Note B.', id: 'fn-2' },
      { content: 'Note &lt;C&gt; &amp; D.', id: 'fn-3' },
    ]);
  });

  it('the list format (WordPress before 6.3) has no meta and no footnotes block', () => {
    const { content, footnotesMeta } = bodyToPostContent(story(), noMedia, 'list');
    expect(footnotesMeta).toBeNull();
    expect(content).not.toContain('wp:footnotes');
    expect(content).toContain('<ol>');
  });

  it('reads back into the same story with the meta', () => {
    const original = story();
    const { content, footnotesMeta } = bodyToPostContent(original, noMedia, 'core');
    const back = wordpressToBody(content, window, { footnotesMeta });
    expect(bodyToPostContent(back, noMedia, 'core')).toEqual({ content, footnotesMeta });
    expect(JSON.stringify(back)).toContain('"note":"Note <C> & D."');
  });

  it('reads a post written in WordPress’s own editor, whose notes have generated ids and rich text', () => {
    const id = '5ae0d8b2-6e61-4c1e-9b0f-3d1c2a7e4f10';
    const content = `<!-- wp:paragraph -->\n<p>Turnout rose<sup data-fn="${id}" class="fn"><a href="#${id}" id="${id}-link">1</a></sup>.</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:footnotes /-->`;
    const meta = JSON.stringify([{ content: 'Source: <em>the electoral commission</em>.', id }]);
    const back = wordpressToBody(content, window, { footnotesMeta: meta });
    expect(bodyPlainText(back)).toBe('Turnout rose.');
    expect(JSON.stringify(back)).toContain('"type":"footnote"');
    expect(JSON.stringify(back)).toContain('"note":"Source: the electoral commission."');
    // Without the meta the reference has no text to carry: it stays the plain number it shows.
    expect(bodyPlainText(wordpressToBody(content, window))).toBe('Turnout rose1.');
    // Broken meta is ignored rather than failing the import.
    expect(bodyPlainText(wordpressToBody(content, window, { footnotesMeta: '{not json' }))).toBe('Turnout rose1.');
  });
});
