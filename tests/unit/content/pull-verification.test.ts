import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordpressToStory } from '../../../shared/content/wordpress/from-wordpress';
import { classicChunks, isClassicContent } from '../../../shared/content/wordpress/classic-chunks';
import { bodyToPostContent } from '../../../shared/content/wordpress/to-blocks';
import { preservedBlockLabel } from '../../../shared/content/nodes/preserved-block/preserved-block-declaration';
import { preservedBlockPreview } from '../../../shared/content/nodes/preserved-block/preserved-block-preview';
import type { BodyState } from '../../../shared/story/story-schema';
import { nodeWindow } from './dom-window';

const window = nodeWindow();
type Node = { type: string; children?: Node[]; [key: string]: unknown };
const top = (body: BodyState): Node[] => body.root.children as Node[];
const noMedia = () => null;
const publish = (body: BodyState, classic = false) => bodyToPostContent(body, noMedia, 'list', { classic }).content;

const paragraph = '<!-- wp:paragraph -->\n<p>Plain words with <strong>bold</strong>.</p>\n<!-- /wp:paragraph -->';
const columns =
  '<!-- wp:columns -->\n<div class="wp-block-columns"><!-- wp:column -->\n<div class="wp-block-column"><!-- wp:paragraph -->\n<p>Left</p>\n<!-- /wp:paragraph --></div>\n<!-- /wp:column -->\n\n<!-- wp:column -->\n<div class="wp-block-column"><!-- wp:paragraph -->\n<p>Right</p>\n<!-- /wp:paragraph --></div>\n<!-- /wp:column --></div>\n<!-- /wp:columns -->';
const reusable = '<!-- wp:block {"ref":123} /-->';
const html = '<!-- wp:html -->\n<iframe src="https://maps.example.com/embed?x=1" width="600"></iframe>\n<script>track()</script>\n<!-- /wp:html -->';
const thirdParty = '<!-- wp:acme/chart {"data":[1,2,3],"title":"Turnout \\u003cb\\u003e"} -->\n<div class="wp-block-acme-chart" data-series="1,2,3">Turnout</div>\n<!-- /wp:acme/chart -->';

describe('verified pull (model or preserve, per top-level block)', () => {
  it('keeps every block it does not model byte for byte, and a modelled paragraph modelled; publishing gives the post back unchanged', () => {
    const content = [paragraph, columns, reusable, html, thirdParty].join('\n\n');
    const pulled = wordpressToStory(content, window);
    const nodes = top(pulled.body);
    expect(nodes.map((n) => n.type)).toEqual(['paragraph', 'preserved-block', 'preserved-block', 'preserved-block', 'preserved-block']);
    expect(nodes.slice(1).map((n) => n.markup)).toEqual([columns, reusable, html, thirdParty]);
    expect(nodes.slice(1).map((n) => n.label)).toEqual(['Columns', 'Reusable block', 'Custom HTML', 'acme/chart']);
    expect(nodes.slice(1).map((n) => n.blockName)).toEqual(['core/columns', 'core/block', 'core/html', 'acme/chart']);
    expect(nodes[1]).toMatchObject({ text: 'Left Right' });
    expect(pulled).toMatchObject({ preserved: ['Columns', 'Reusable block', 'Custom HTML', 'acme/chart'], modelled: 1, format: 'blocks', differences: [] });
    expect(publish(pulled.body)).toBe(content);
  });

  it('preserves a block whose rendering would differ from its source, and says nothing differs', () => {
    // A table caption Presswork's table node does not carry (yet): modelling it would drop the caption.
    const table =
      '<!-- wp:table -->\n<figure class="wp-block-table"><table><tbody><tr><td>a</td></tr></tbody></table><figcaption>Source: council</figcaption></figure>\n<!-- /wp:table -->';
    const pulled = wordpressToStory(`${paragraph}\n\n${table}`, window);
    expect(top(pulled.body).map((n) => n.type)).toEqual(['paragraph', 'preserved-block']);
    expect(top(pulled.body)[1]).toMatchObject({ markup: table, label: 'Table', text: 'a Source: council' });
    expect(pulled.differences).toEqual([]);
  });

  it('keeps empty paragraphs and &nbsp; lines, and a second round trip equals the first', () => {
    const content = [paragraph, '<!-- wp:paragraph -->\n<p></p>\n<!-- /wp:paragraph -->', '<!-- wp:paragraph -->\n<p>&nbsp;</p>\n<!-- /wp:paragraph -->', paragraph].join('\n\n');
    const first = publish(wordpressToStory(content, window).body);
    expect(first).toBe(content);
    const second = publish(wordpressToStory(first, window).body);
    expect(second).toBe(first);
  });

  it('keeps classic HTML between blocks as classic HTML', () => {
    const content = `${paragraph}\n\n<p>Left from the classic editor <span style="color:red">red</span></p>\n\n${paragraph}`;
    const pulled = wordpressToStory(content, window);
    expect(top(pulled.body).map((n) => n.type)).toEqual(['paragraph', 'preserved-block', 'paragraph']);
    expect(top(pulled.body)[1]).toMatchObject({ blockName: null, label: 'Classic' });
    expect(pulled.differences).toEqual([]);
  });

  it('keeps any inner HTML of an unknown block byte for byte through pull → publish (property)', () => {
    const name = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}\/[a-z][a-z0-9-]{0,8}$/).filter((n) => !n.startsWith('core/'));
    // Inner HTML that cannot close the block: no block delimiters inside.
    const inner = fc.string({ maxLength: 300 }).map((s) => s.replace(/<!--|-->/g, ''));
    fc.assert(
      fc.property(name, inner, (blockName, innerHtml) => {
        const block = `<!-- wp:${blockName} -->\n${innerHtml}\n<!-- /wp:${blockName} -->`;
        const content = `${paragraph}\n\n${block}\n\n${paragraph}`;
        const pulled = wordpressToStory(content, window);
        const kept = top(pulled.body).filter((n) => n.type === 'preserved-block');
        expect(kept).toHaveLength(1);
        expect(kept[0]?.markup).toBe(block);
        expect(publish(pulled.body)).toBe(content);
      }),
      { numRuns: 150 },
    );
  });
});

describe('classic posts', () => {
  const classic = [
    'First paragraph with <strong>bold</strong>\nand a line break.',
    '<table>\n<tr><td>One</td></tr>\n\n<tr><td>Two</td></tr>\n</table>',
    '[gallery ids="4,5,6" columns="2"]',
    '<div class="pullout">Inside a div\n\nstill inside</div>',
    'Last words.',
  ].join('\n\n');

  it('are told from block content as WordPress does', () => {
    expect(isClassicContent(classic)).toBe(true);
    expect(isClassicContent(paragraph)).toBe(false);
    expect(isClassicContent('  ')).toBe(false);
  });

  it('are cut at blank lines, never inside an open element', () => {
    expect(classicChunks(classic.replace(/\n/g, '\r\n'))).toEqual([
      'First paragraph with <strong>bold</strong>\nand a line break.',
      '<table>\n<tr><td>One</td></tr>\n\n<tr><td>Two</td></tr>\n</table>',
      '[gallery ids="4,5,6" columns="2"]',
      '<div class="pullout">Inside a div\n\nstill inside</div>',
      'Last words.',
    ]);
    expect(classicChunks('[caption id="a"]<img src="x.jpg">\n\nA caption[/caption]\n\nAfter')).toEqual(['[caption id="a"]<img src="x.jpg">\n\nA caption[/caption]', 'After']);
  });

  it('model what they show as WordPress shows it, keep the rest, and are written back classic', () => {
    const pulled = wordpressToStory(classic, window);
    expect(pulled.format).toBe('classic');
    const nodes = top(pulled.body);
    // The table as the table block writes it would gain a figure and classes: kept as it is.
    expect(nodes.map((n) => n.type)).toEqual(['paragraph', 'preserved-block', 'preserved-block', 'preserved-block', 'paragraph']);
    expect(nodes[1]).toMatchObject({ blockName: null, label: 'Classic', text: 'One Two' });
    expect(nodes[2]).toMatchObject({ blockName: null, label: 'Shortcode [gallery]', markup: '[gallery ids="4,5,6" columns="2"]' });
    expect(nodes[3]).toMatchObject({ blockName: null, label: 'Classic', text: 'Inside a div still inside' });
    const written = publish(pulled.body, true);
    expect(written).not.toContain('<!-- wp:');
    expect(written.split('\n\n')[0]).toBe('First paragraph with <strong>bold</strong>\nand a line break.');
    expect(written).toContain('[gallery ids="4,5,6" columns="2"]');
    expect(pulled.differences).toEqual([]);
    // Stable: pulled again, the written post reads the same.
    expect(publish(wordpressToStory(written, window).body, true)).toBe(written);
  });
});

describe('preserved block labels and preview', () => {
  it('names blocks as a writer knows them', () => {
    expect(preservedBlockLabel('core/columns')).toBe('Columns');
    expect(preservedBlockLabel('core/block')).toBe('Reusable block');
    expect(preservedBlockLabel('core/media-text')).toBe('Media & Text');
    expect(preservedBlockLabel('core/some-new-thing')).toBe('Some new thing');
    expect(preservedBlockLabel('acme/chart')).toBe('acme/chart');
    expect(preservedBlockLabel(null, '[gallery ids="1"]')).toBe('Shortcode [gallery]');
    expect(preservedBlockLabel('core/shortcode', '<!-- wp:shortcode -->\n[contact-form id="3"]\n<!-- /wp:shortcode -->')).toBe('Shortcode [contact-form]');
    expect(preservedBlockLabel(null, '<p>x</p>')).toBe('Classic');
  });

  it('previews without anything that runs: frames named by host, scripts and handlers gone', () => {
    const preview = preservedBlockPreview(`${html}<p onclick="steal()">Map <a href="javascript:alert(1)">here</a></p><img src="https://t.example/p.gif" onerror="x()">`, window);
    expect(preview.frames).toEqual(['maps.example.com']);
    expect(preview.active).toBe(true);
    expect(preview.html).not.toMatch(/script|iframe|onclick|onerror|javascript|track|<img/);
    expect(preview.html).toContain('Map');
    expect(preservedBlockPreview(columns, window).active).toBe(false);
  });
});
