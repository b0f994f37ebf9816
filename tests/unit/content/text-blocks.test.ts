import { describe, expect, it } from 'vitest';
import { compareMarkup } from '../../../shared/content/wordpress/block-equivalence';
import { wordpressToBody, wordpressToModelledBody } from '../../../shared/content/wordpress/from-wordpress';
import { bodyToPostContent } from '../../../shared/content/wordpress/to-blocks';
import { headingHasBlockClass, listHasBlockClass } from '../../../shared/content/wordpress/wordpress-version';
import { storyNodeProblems } from '../../../shared/content/nodes/story-node-keys';
import { nodeWindow } from './dom-window';

const window = nodeWindow();
const noMedia = () => null;
/** Pulled, then written back for a site of `version`. */
const roundTrip = (markup: string, version: string | null = null): string =>
  bodyToPostContent(wordpressToBody(markup, window, { wordpressVersion: version }), noMedia, 'list', { wordpressVersion: version }).content;
type Node = { type: string; children?: Node[]; [key: string]: unknown };
const top = (markup: string): Node[] => wordpressToBody(markup, window).root.children as unknown as Node[];

/** Block markup as WordPress 6.1's block editor saves it (its save functions, serializer and block.json). */
const WP61 = {
  headingAnchor: '<!-- wp:heading -->\n<h2 id="the-vote">The vote</h2>\n<!-- /wp:heading -->',
  headingAligned: '<!-- wp:heading {"textAlign":"center","level":3} -->\n<h3 class="has-text-align-center" id="q-and-a">Q&amp;A</h3>\n<!-- /wp:heading -->',
  paragraphAnchor: '<!-- wp:paragraph -->\n<p id="lede">The council met.</p>\n<!-- /wp:paragraph -->',
  paragraphClasses:
    '<!-- wp:paragraph {"align":"center","dropCap":true,"className":"intro lede","fontSize":"large"} -->\n<p class="has-drop-cap has-text-align-center has-large-font-size intro lede">Big first words.</p>\n<!-- /wp:paragraph -->',
  headingClasses: '<!-- wp:heading {"className":"section-title","fontSize":"x-large"} -->\n<h2 class="has-x-large-font-size section-title" id="s1">Section</h2>\n<!-- /wp:heading -->',
  links:
    '<!-- wp:paragraph -->\n<p>See <a href="/about">our page</a>, <a href="../archive/?y=2019">the archive</a>, <a href="#the-vote">the vote</a> and <a href="https://example.com/" target="_blank" rel="noreferrer noopener nofollow">the source</a>.</p>\n<!-- /wp:paragraph -->',
  reversedList:
    '<!-- wp:list {"ordered":true,"type":"a","start":3,"reversed":true} -->\n<ol type="a" reversed start="3"><!-- wp:list-item -->\n<li>Third</li>\n<!-- /wp:list-item -->\n\n<!-- wp:list-item -->\n<li>Second</li>\n<!-- /wp:list-item --></ol>\n<!-- /wp:list -->',
  startList: '<!-- wp:list {"ordered":true,"start":5} -->\n<ol start="5"><!-- wp:list-item -->\n<li>Five</li>\n<!-- /wp:list-item --></ol>\n<!-- /wp:list -->',
  quote:
    '<!-- wp:quote -->\n<blockquote class="wp-block-quote"><!-- wp:paragraph -->\n<p>We will <em>not</em> back down.</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:paragraph -->\n<p>Not today.</p>\n<!-- /wp:paragraph --><cite>Jane Doe, <a href="https://example.com/mayor">mayor</a></cite></blockquote>\n<!-- /wp:quote -->',
  quoteNoCitation: '<!-- wp:quote -->\n<blockquote class="wp-block-quote"><!-- wp:paragraph -->\n<p>Alone.</p>\n<!-- /wp:paragraph --></blockquote>\n<!-- /wp:quote -->',
  quoteAligned:
    '<!-- wp:quote {"align":"right"} -->\n<blockquote class="wp-block-quote has-text-align-right"><!-- wp:paragraph -->\n<p>Right.</p>\n<!-- /wp:paragraph --><cite>R</cite></blockquote>\n<!-- /wp:quote -->',
  quoteWithHeadingAndList:
    '<!-- wp:quote -->\n<blockquote class="wp-block-quote"><!-- wp:heading {"level":3} -->\n<h3>Said</h3>\n<!-- /wp:heading -->\n\n<!-- wp:list -->\n<ul><!-- wp:list-item -->\n<li>one</li>\n<!-- /wp:list-item --></ul>\n<!-- /wp:list --></blockquote>\n<!-- /wp:quote -->',
  code: '<!-- wp:code -->\n<pre class="wp-block-code"><code>if (a &lt; b) {\n    return &#91;1, 2];\n}\nhttps:&#47;&#47;example.com/x</code></pre>\n<!-- /wp:code -->',
  preformatted: '<!-- wp:preformatted -->\n<pre class="wp-block-preformatted">Line one\n  indented <strong>two</strong>\n\tthree</pre>\n<!-- /wp:preformatted -->',
  verse: '<!-- wp:verse {"textAlign":"center"} -->\n<pre class="wp-block-verse has-text-align-center">Roses are red,\n  violets are <em>blue</em>.</pre>\n<!-- /wp:verse -->',
  // Line breaks as <br>, as posts saved before WordPress kept newlines hold them.
  preformattedBr: '<!-- wp:preformatted -->\n<pre class="wp-block-preformatted">Old<br>form<br>lines</pre>\n<!-- /wp:preformatted -->',
  highlights:
    '<!-- wp:paragraph -->\n<p>A <mark style="background-color:rgba(0, 0, 0, 0)" class="has-inline-color has-vivid-red-color">red</mark> word and <mark style="background-color:#fcb900" class="has-inline-color">highlighted <strong>bold</strong></mark> text.</p>\n<!-- /wp:paragraph -->',
  // 6.1's default table: automatic layout; with a footer and a caption.
  tableAuto:
    '<!-- wp:table -->\n<figure class="wp-block-table"><table><thead><tr><th>Party</th><th>Seats</th></tr></thead><tbody><tr><td>Green</td><td>4</td></tr></tbody><tfoot><tr><td>Total</td><td>4</td></tr></tfoot></table><figcaption class="wp-element-caption">Results, 2022</figcaption></figure>\n<!-- /wp:table -->',
  tableFixed: '<!-- wp:table {"hasFixedLayout":true} -->\n<figure class="wp-block-table"><table class="has-fixed-layout"><tbody><tr><td>a</td><td>b</td></tr></tbody></table></figure>\n<!-- /wp:table -->',
  more: '<!-- wp:more -->\n<!--more-->\n<!-- /wp:more -->',
  moreCustom: '<!-- wp:more {"customText":"Continue reading","noTeaser":true} -->\n<!--more Continue reading-->\n<!--noteaser-->\n<!-- /wp:more -->',
  nextpage: '<!-- wp:nextpage -->\n<!--nextpage-->\n<!-- /wp:nextpage -->',
  // Saved by WordPress before 6.0 (core/quote's deprecated v2): paragraphs straight in the blockquote.
  quoteBefore60: '<!-- wp:quote -->\n<blockquote class="wp-block-quote"><p>Old words</p><p>more</p><cite>An elder</cite></blockquote>\n<!-- /wp:quote -->',
};

describe('text blocks round-trip byte for byte in WordPress 6.1 markup', () => {
  it.each(Object.entries(WP61))('%s', (_name, markup) => {
    expect(compareMarkup(markup, roundTrip(markup), window)).toEqual([]);
    expect(roundTrip(markup)).toBe(markup);
    // And a second trip equals the first.
    expect(roundTrip(roundTrip(markup))).toBe(markup);
  });

  it('reads what it keeps into the story', () => {
    expect(top(WP61.headingAnchor)[0]).toMatchObject({ type: 'heading', $: { anchor: 'the-vote' } });
    expect(top(WP61.reversedList)[0]).toMatchObject({ type: 'list', start: 3, $: { reversed: true, listType: 'a' } });
    const links = (top(WP61.links)[0]?.children ?? []).filter((n) => n.type === 'link');
    expect(links.map((l) => [l.url, l.target, l.rel])).toEqual([
      ['/about', null, null],
      ['../archive/?y=2019', null, null],
      ['#the-vote', null, null],
      ['https://example.com/', '_blank', 'noreferrer noopener nofollow'],
    ]);
    const quote = top(WP61.quote)[0];
    // The default form (inner blocks) is not written out.
    expect(quote).toMatchObject({ type: 'quotation' });
    expect(quote?.form ?? 'blocks').toBe('blocks');
    expect(quote?.children?.map((c) => c.type)).toEqual(['paragraph', 'paragraph', 'quote-citation']);
    expect(top(WP61.quoteBefore60)[0]).toMatchObject({ type: 'quotation', form: 'html' });
    const code = top(WP61.code)[0];
    expect(code).toMatchObject({ type: 'preformatted', variant: 'code' });
    expect(code?.children?.map((c) => (c.type === 'linebreak' ? '\n' : c.text)).join('')).toBe('if (a < b) {\n    return [1, 2];\n}\nhttps://example.com/x');
    expect(top(WP61.verse)[0]).toMatchObject({ type: 'preformatted', variant: 'verse', format: 'center' });
    expect(top(WP61.paragraphClasses)[0]).toMatchObject({ format: 'center', $: { dropCap: true, className: 'intro lede', fontSize: 'large' } });
    expect(top(WP61.tableAuto)[0]).toMatchObject({ type: 'table', $: { fixedLayout: false, caption: 'Results, 2022', footerRows: 1 } });
    expect(top(WP61.tableFixed)[0]).not.toHaveProperty('$');
    expect(top(WP61.moreCustom)[0]).toEqual({ type: 'more', version: 1, customText: 'Continue reading', noTeaser: true });
    expect(top(WP61.nextpage)[0]).toEqual({ type: 'page-break', version: 1 });
    expect(top(WP61.preformattedBr)[0]).toMatchObject({ type: 'preformatted', lineBreaks: 'br' });
  });

  it('keeps a saved story with this state valid, and refuses state it does not know', () => {
    expect(storyNodeProblems({ type: 'heading', version: 1, tag: 'h2', children: [], $: { anchor: 'x' } })).toEqual([]);
    expect(storyNodeProblems({ type: 'list', version: 1, listType: 'number', tag: 'ol', start: 1, children: [], $: { reversed: true, listType: 'i' } })).toEqual([]);
    expect(storyNodeProblems({ type: 'heading', version: 1, tag: 'h2', children: [], $: { anchor: 'a"b' } })).not.toEqual([]);
    expect(storyNodeProblems({ type: 'heading', version: 1, tag: 'h2', children: [], $: { onclick: 'x' } })).not.toEqual([]);
    expect(storyNodeProblems({ type: 'quotation', version: 1, form: 'html', children: [] })).toEqual([]);
    expect(storyNodeProblems({ type: 'quotation', version: 1, form: 'script', children: [] })).not.toEqual([]);
  });
});

describe('highlights', () => {
  it('keep their colours, and only colours: anything else on a <mark> is dropped', () => {
    const [paragraph] = top(WP61.highlights);
    const marks = (paragraph?.children ?? []).filter((n) => n.type === 'highlight');
    expect(marks.map((m) => [m.colorStyle, m.colorClass])).toEqual([
      ['background-color:rgba(0, 0, 0, 0)', 'has-inline-color has-vivid-red-color'],
      ['background-color:#fcb900', 'has-inline-color'],
    ]);
    const hostile = '<!-- wp:paragraph -->\n<p>Bad <mark style="background:url(https://evil.example/x)" class="evil has-inline-color" onclick="alert(1)">mark</mark>.</p>\n<!-- /wp:paragraph -->';
    // Read as Presswork nodes (a paste, another document), only the colours survive.
    const modelled = bodyToPostContent(wordpressToModelledBody(hostile, window), noMedia, 'list').content;
    expect(modelled).toContain('<p>Bad <mark>mark</mark>.</p>');
    expect(modelled).not.toMatch(/evil|onclick|url\(/);
    // So the pull's check sees that block differ from the site's, and keeps it as it was.
    expect(compareMarkup(hostile, modelled, window)).not.toEqual([]);
    // Pulled from the site, it is the site's own paragraph: kept as it is, written back unchanged.
    const pulled = wordpressToBody(hostile, window);
    expect((pulled.root.children as Array<{ type: string }>).map((n) => n.type)).toEqual(['preserved-block']);
    expect(roundTrip(hostile)).toBe(hostile);
    expect(storyNodeProblems({ type: 'highlight', version: 1, colorStyle: 'color:#fff', colorClass: 'has-white-color', children: [] })).toEqual([]);
    expect(storyNodeProblems({ type: 'highlight', version: 1, colorStyle: 'position:fixed', colorClass: '', children: [] })).not.toEqual([]);
  });
});

describe('markup of the site’s WordPress version', () => {
  it('knows which version added which class', () => {
    expect([null, '6.1.9', '6.1', '5.9.3'].map(headingHasBlockClass)).toEqual([false, false, false, false]);
    expect(['6.2', '6.2.1', '6.5', '7.0'].map(headingHasBlockClass)).toEqual([true, true, true, true]);
    expect(['6.1.9', '6.5.4', null].map(listHasBlockClass)).toEqual([false, false, false]);
    expect(['6.6', '6.7.1', '7.0'].map(listHasBlockClass)).toEqual([true, true, true]);
  });

  it('writes headings with wp-block-heading from 6.2 and lists with wp-block-list from 6.6, the older form before', () => {
    const story = `${WP61.headingAligned}\n\n${WP61.startList}`;
    const at = (version: string | null) => roundTrip(story, version);
    expect(at('6.1.9')).toBe(story);
    expect(at(null)).toBe(story);
    expect(at('6.2')).toContain('<h3 class="wp-block-heading has-text-align-center" id="q-and-a">');
    expect(at('6.2')).toContain('<ol start="5">');
    expect(at('6.6')).toContain('<ol start="5" class="wp-block-list">');
    expect(at('6.6')).toContain('<h3 class="wp-block-heading has-text-align-center" id="q-and-a">');
  });

  it('is equivalent to what the site holds, for the version that wrote it', () => {
    const newer = '<!-- wp:heading {"textAlign":"center"} -->\n<h2 class="wp-block-heading has-text-align-center" id="x">Title</h2>\n<!-- /wp:heading -->\n\n<!-- wp:list {"ordered":true,"start":2} -->\n<ol start="2" class="wp-block-list"><!-- wp:list-item -->\n<li>a</li>\n<!-- /wp:list-item --></ol>\n<!-- /wp:list -->';
    expect(compareMarkup(newer, roundTrip(newer, '6.6.2'), window)).toEqual([]);
  });

  it('reads the newer form back to the same story', () => {
    const newer = '<!-- wp:heading -->\n<h2 class="wp-block-heading" id="x">Title</h2>\n<!-- /wp:heading -->\n\n<!-- wp:list -->\n<ul class="wp-block-list"><!-- wp:list-item -->\n<li>a</li>\n<!-- /wp:list-item --></ul>\n<!-- /wp:list -->';
    expect(roundTrip(newer, '6.6')).toBe(newer);
    expect(roundTrip(newer, '6.1')).toBe(newer.replace(' class="wp-block-heading"', '').replace(' class="wp-block-list"', ''));
  });
});
