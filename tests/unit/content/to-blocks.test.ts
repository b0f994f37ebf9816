import { parse } from '@wordpress/block-serialization-default-parser';
import { describe, expect, it } from 'vitest';
import { BlockConversionError, bodyToBlockMarkup, type MediaResolver } from '../../../shared/content/wordpress/to-blocks';
import { body, br, cell, embed, footnote, h, image, li, link, list, p, pullQuote, quote, row, separator, table, text } from './body-builders';

type Parsed = ReturnType<typeof parse>[number];
const media: MediaResolver = (id) =>
  id === 'm-1' ? { remoteId: 41, url: 'http://wp.test/wp-content/uploads/2026/11/bridge-1024x683.jpg', alt: 'Library alt', caption: 'Library caption', credit: 'Library credit' } : null;

/** Real blocks only: the parser reports the blank lines between blocks as freeform blocks. */
function blocks(markup: string): Parsed[] {
  const strip = (list: Parsed[]): Parsed[] =>
    list.filter((b) => b.blockName !== null || b.innerHTML.trim() !== '').map((b) => ({ ...b, innerBlocks: strip(b.innerBlocks) }));
  return strip(parse(markup));
}

describe('bodyToBlockMarkup', () => {
  it('writes paragraphs and headings as WordPress 6.1 saves them', () => {
    const markup = bodyToBlockMarkup(
      body(h('h2', text('Two')), h('h3', text('Three')), h('h4', text('Four')), p(text('A '), text('bold', 1), text(' and '), text('it', 2), text(' '), text('u', 8), text(' '), text('s', 4), text(' x'), text('2', 64), text(' H'), text('2', 32), text('O '), text('c', 16))),
      media,
    );
    expect(markup).toBe(
      [
        '<!-- wp:heading -->\n<h2>Two</h2>\n<!-- /wp:heading -->',
        '<!-- wp:heading {"level":3} -->\n<h3>Three</h3>\n<!-- /wp:heading -->',
        '<!-- wp:heading {"level":4} -->\n<h4>Four</h4>\n<!-- /wp:heading -->',
        '<!-- wp:paragraph -->\n<p>A <strong>bold</strong> and <em>it</em> <span style="text-decoration: underline;">u</span> <s>s</s> x<sup>2</sup> H<sub>2</sub>O <code>c</code></p>\n<!-- /wp:paragraph -->',
      ].join('\n\n'),
    );
    const parsed = blocks(markup);
    expect(parsed.map((b) => [b.blockName, b.attrs])).toEqual([
      ['core/heading', {}],
      ['core/heading', { level: 3 }],
      ['core/heading', { level: 4 }],
      ['core/paragraph', {}],
    ]);
  });

  it('escapes text and attributes, and keeps the attribute JSON from closing the comment', () => {
    const markup = bodyToBlockMarkup(body(p(text('1 < 2 & "x" -->')), embed('https://example.com/a--b?x=1&y=<2>')), media);
    expect(markup).toContain('<p>1 &lt; 2 &amp; "x" --&gt;</p>');
    expect(markup).toContain('{"url":"https://example.com/a\\u002d\\u002db?x=1\\u0026y=\\u003c2\\u003e"}');
    const parsed = blocks(markup);
    expect(parsed[1]?.attrs).toEqual({ url: 'https://example.com/a--b?x=1&y=<2>' });
  });

  it('writes links, dropping targets the link policy refuses', () => {
    const markup = bodyToBlockMarkup(
      body(p(link('https://example.com/?a=1&b=2', text('web')), text(' '), link('mailto:desk@example.com', text('mail')), text(' '), link('javascript:alert(1)', text('evil')))),
      media,
    );
    expect(markup).toContain('<a href="https://example.com/?a=1&amp;b=2">web</a> <a href="mailto:desk@example.com">mail</a> evil</p>');
    expect(markup).not.toMatch(/javascript/);
  });

  it('writes nested lists as list and list-item inner blocks', () => {
    const markup = bodyToBlockMarkup(
      body(list('number', li(text('One')), li(list('bullet', li(text('Nested a')), li(text('Nested b')))), li(text('Two')))),
      media,
    );
    expect(markup).toBe(
      '<!-- wp:list {"ordered":true} -->\n<ol><!-- wp:list-item -->\n<li>One<!-- wp:list -->\n<ul><!-- wp:list-item -->\n<li>Nested a</li>\n<!-- /wp:list-item -->\n\n<!-- wp:list-item -->\n<li>Nested b</li>\n<!-- /wp:list-item --></ul>\n<!-- /wp:list --></li>\n<!-- /wp:list-item -->\n\n<!-- wp:list-item -->\n<li>Two</li>\n<!-- /wp:list-item --></ol>\n<!-- /wp:list -->',
    );
    const [outer] = blocks(markup);
    expect(outer?.attrs).toEqual({ ordered: true });
    expect(outer?.innerBlocks.map((b) => b.blockName)).toEqual(['core/list-item', 'core/list-item']);
    const nested = outer?.innerBlocks[0]?.innerBlocks[0];
    expect(nested?.blockName).toBe('core/list');
    expect(nested?.attrs).toEqual({});
    expect(nested?.innerBlocks).toHaveLength(2);
  });

  it('writes quotes with a paragraph inner block and pull quotes with a citation', () => {
    const markup = bodyToBlockMarkup(body(quote(text('Line one'), br(), text('line two')), pullQuote('We will rebuild.', 'The mayor')), media);
    expect(markup).toBe(
      '<!-- wp:quote -->\n<blockquote class="wp-block-quote"><!-- wp:paragraph -->\n<p>Line one<br>line two</p>\n<!-- /wp:paragraph --></blockquote>\n<!-- /wp:quote -->\n\n' +
        '<!-- wp:pullquote -->\n<figure class="wp-block-pullquote"><blockquote><p>We will rebuild.</p><cite>The mayor</cite></blockquote></figure>\n<!-- /wp:pullquote -->',
    );
    const [q] = blocks(markup);
    expect(q?.innerBlocks.map((b) => b.blockName)).toEqual(['core/paragraph']);
    expect(bodyToBlockMarkup(body(pullQuote('Line one\nline two')), media)).toContain('<blockquote><p>Line one<br>line two</p></blockquote>');
  });

  it('writes images with the attachment id, size and caption, preferring the story words', () => {
    const markup = bodyToBlockMarkup(body(image('m-1', 'The bridge at dawn', 'Ana Ruiz', 'A stone bridge'), image('m-1')), media);
    const [own, fromLibrary] = blocks(markup);
    expect(own?.attrs).toEqual({ id: 41, sizeSlug: 'large', linkDestination: 'none' });
    expect(own?.innerHTML).toBe(
      '\n<figure class="wp-block-image size-large"><img src="http://wp.test/wp-content/uploads/2026/11/bridge-1024x683.jpg" alt="A stone bridge" class="wp-image-41"/><figcaption class="wp-element-caption">The bridge at dawn<br><em>Ana Ruiz</em></figcaption></figure>\n',
    );
    expect(fromLibrary?.innerHTML).toContain('alt="Library alt"');
    expect(fromLibrary?.innerHTML).toContain('Library caption<br><em>Library credit</em>');
  });

  it('writes an external image brought into the library, not uploaded, back with its own src and no attachment id', () => {
    const src = 'https://wire.example/photos/2026/harbour.jpg?w=1200&h=800';
    const pulled = { ...(image('m-404', 'Boats', '', 'Fishing boats') as Record<string, unknown>), src, sizeSlug: '', linkDestination: '' };
    const [block] = blocks(bodyToBlockMarkup(body(pulled as never), media));
    expect(block?.attrs).toEqual({});
    expect(block?.innerHTML).toBe(`\n<figure class="wp-block-image"><img src="${src.replace('&', '&amp;')}" alt="Fishing boats"/><figcaption class="wp-element-caption">Boats</figcaption></figure>\n`);
    // Once the user chooses the library copy (src cleared), it must be uploaded first.
    expect(() => bodyToBlockMarkup(body({ ...pulled, src: '' } as never), media)).toThrow(/has not been uploaded to WordPress yet/);
  });

  it('refuses an image that is not uploaded, saying what to do', () => {
    expect(() => bodyToBlockMarkup(body(image('m-404')), media)).toThrow(BlockConversionError);
    expect(() => bodyToBlockMarkup(body(image('m-404')), media)).toThrow(/has not been uploaded to WordPress yet/);
  });

  it.each([
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', { type: 'video', providerNameSlug: 'youtube', responsive: true, className: 'wp-embed-aspect-16-9 wp-has-aspect-ratio' }, 'wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube wp-embed-aspect-16-9 wp-has-aspect-ratio'],
    ['https://vimeo.com/76979871', { type: 'video', providerNameSlug: 'vimeo', responsive: true, className: 'wp-embed-aspect-16-9 wp-has-aspect-ratio' }, 'wp-block-embed is-type-video is-provider-vimeo wp-block-embed-vimeo wp-embed-aspect-16-9 wp-has-aspect-ratio'],
    ['https://x.com/nasa/status/1', { type: 'rich', providerNameSlug: 'twitter', responsive: true }, 'wp-block-embed is-type-rich is-provider-twitter wp-block-embed-twitter'],
    ['https://www.instagram.com/p/abc/', { type: 'rich', providerNameSlug: 'instagram', responsive: true }, 'wp-block-embed is-type-rich is-provider-instagram wp-block-embed-instagram'],
    ['https://www.facebook.com/nasa/posts/1', { type: 'rich', providerNameSlug: 'facebook', responsive: true }, 'wp-block-embed is-type-rich is-provider-facebook wp-block-embed-facebook'],
    ['https://example.com/story', {}, 'wp-block-embed'],
  ])('writes an embed of %s', (url, attrs, classes) => {
    const [block] = blocks(bodyToBlockMarkup(body(embed(url)), media));
    expect(block?.blockName).toBe('core/embed');
    expect(block?.attrs).toEqual({ url, ...attrs });
    expect(block?.innerHTML).toBe(`\n<figure class="${classes}"><div class="wp-block-embed__wrapper">\n${url}\n</div></figure>\n`);
  });

  it('leaves out an embed whose address is not a web address', () => {
    expect(bodyToBlockMarkup(body(embed('javascript:alert(1)'), p(text('after'))), media)).not.toMatch(/embed|javascript/);
  });

  it('writes tables with the header row in <thead> and a separator', () => {
    const markup = bodyToBlockMarkup(
      body(table(row(cell(true, text('Region')), cell(true, text('Homes'))), row(cell(false, text('North')), cell(false, text('25,000', 1)))), separator()),
      media,
    );
    expect(markup).toBe(
      '<!-- wp:table {"hasFixedLayout":true} -->\n<figure class="wp-block-table"><table class="has-fixed-layout"><thead><tr><th>Region</th><th>Homes</th></tr></thead><tbody><tr><td>North</td><td><strong>25,000</strong></td></tr></tbody></table></figure>\n<!-- /wp:table -->\n\n' +
        '<!-- wp:separator -->\n<hr class="wp-block-separator has-alpha-channel-opacity"/>\n<!-- /wp:separator -->',
    );
    expect(blocks(markup).map((b) => [b.blockName, b.attrs])).toEqual([
      ['core/table', { hasFixedLayout: true }],
      ['core/separator', {}],
    ]);
  });

  it('numbers footnotes by position and lists them at the end', () => {
    const markup = bodyToBlockMarkup(body(p(text('First'), footnote('Note A.')), h('h2', text('Head'), footnote('Note B.')), p(text('Third'), footnote('Note <C> & D.'))), media);
    expect(markup).toContain('<p>First<sup><a href="#fn-1" id="fn-1-link">1</a></sup></p>');
    expect(markup).toContain('<h2>Head<sup><a href="#fn-2" id="fn-2-link">2</a></sup></h2>');
    expect(markup).toContain('<p>Third<sup><a href="#fn-3" id="fn-3-link">3</a></sup></p>');
    const last = blocks(markup).at(-1);
    expect(last?.blockName).toBe('core/list');
    expect(last?.attrs).toEqual({ ordered: true });
    expect(last?.innerBlocks.map((b) => b.innerHTML.trim())).toEqual([
      '<li>Note A. <a href="#fn-1-link" id="fn-1">↩︎</a></li>',
      '<li>Note B. <a href="#fn-2-link" id="fn-2">↩︎</a></li>',
      '<li>Note &lt;C&gt; &amp; D. <a href="#fn-3-link" id="fn-3">↩︎</a></li>',
    ]);
  });

  it('skips empty paragraphs and aligns text as WordPress does', () => {
    const aligned = { ...p(text('Centred')), format: 'center' };
    const markup = bodyToBlockMarkup(body(p(), aligned, p(br())), media);
    expect(markup).toBe('<!-- wp:paragraph {"align":"center"} -->\n<p class="has-text-align-center">Centred</p>\n<!-- /wp:paragraph -->');
  });
});
