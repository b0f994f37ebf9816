import { describe, expect, it } from 'vitest';
import { compareMarkup } from '../../../shared/content/wordpress/block-equivalence';
import { wordpressToBody, wordpressToModelledBody, wordpressToStory } from '../../../shared/content/wordpress/from-wordpress';
import { bodyToPostContent } from '../../../shared/content/wordpress/to-blocks';
import { bodyComparisonText as comparisonText } from '../../../shared/review/comparison-text';
import { bodyPlainText as plainTextOf } from '../../../shared/story/plain-text';
import { storyNodeProblems } from '../../../shared/content/nodes/story-node-keys';
import { nodeWindow } from './dom-window';

const window = nodeWindow();
const noMedia = () => null;
const VERSION = '6.5.5';
const roundTrip = (markup: string): string =>
  bodyToPostContent(wordpressToBody(markup, window, { wordpressVersion: VERSION }), noMedia, 'list', { wordpressVersion: VERSION }).content;

/** What the block library's save writes for a details block just inserted and typed in (its template paragraph keeps its placeholder). */
const INSERTED =
  '<!-- wp:details -->\n<details class="wp-block-details"><summary>Summary</summary><!-- wp:paragraph {"placeholder":"Type / to add a hidden block"} -->\n<p>Hidden text</p>\n<!-- /wp:paragraph --></details>\n<!-- /wp:details -->';
const OPEN =
  '<!-- wp:details {"showContent":true} -->\n<details class="wp-block-details" open><summary>How we <strong>counted</strong></summary><!-- wp:paragraph -->\n<p>One &amp; <em>two</em>.</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:list -->\n<ul><!-- wp:list-item -->\n<li>Ward A</li>\n<!-- /wp:list-item -->\n\n<!-- wp:list-item -->\n<li>Ward B</li>\n<!-- /wp:list-item --></ul>\n<!-- /wp:list -->\n\n<!-- wp:paragraph -->\n<p>Three</p>\n<!-- /wp:paragraph --></details>\n<!-- /wp:details -->';
const AROUND = `<!-- wp:paragraph -->\n<p>Before</p>\n<!-- /wp:paragraph -->\n\n${INSERTED}\n\n<!-- wp:paragraph -->\n<p>After</p>\n<!-- /wp:paragraph -->`;

describe('core/details', () => {
  it.each([
    ['as inserted, the placeholder kept', INSERTED],
    ['open, rich summary, several blocks inside', OPEN],
    ['between paragraphs', AROUND],
  ])('comes back byte for byte and equivalent: %s', (_name, markup) => {
    // Modelled, not kept as the site's markup (which would come back byte for byte whatever the parser did).
    expect(wordpressToStory(markup, window, { wordpressVersion: VERSION }).preserved).toEqual([]);
    const written = roundTrip(markup);
    expect(written).toBe(markup);
    expect(compareMarkup(markup, written, window)).toEqual([]);
  });

  it('is read as a details node (summary, then paragraphs), modelled rather than kept raw, and a valid body', () => {
    const pulled = wordpressToStory(INSERTED, window, { wordpressVersion: VERSION });
    const root = pulled.body.root as unknown as { children: Array<Record<string, unknown> & { children: Array<Record<string, unknown>> }> };
    const details = root.children[0]!;
    expect(details.type).toBe('details');
    expect(details.children.map((c) => c.type)).toEqual(['details-summary', 'paragraph']);
    expect(details.children[1]!.$).toEqual({ placeholder: 'Type / to add a hidden block' });
    expect(pulled.preserved).toEqual([]);
    const normalized = (wordpressToBody(INSERTED, window, { wordpressVersion: VERSION }).root as unknown as { children: typeof root.children }).children[0]!;
    // As saved: through JSON, where Lexical's undefined keys drop out.
    const saved = JSON.parse(JSON.stringify(normalized)) as typeof normalized;
    for (const node of [saved, ...saved.children]) expect(storyNodeProblems(node as never)).toEqual([]);
    expect(storyNodeProblems({ ...saved, open: 'yes' } as never)).not.toEqual([]);
  });

  it('shows in the plain text and the comparison text', () => {
    const body = wordpressToBody(OPEN, window, { wordpressVersion: VERSION });
    expect((body.root.children[0] as { type: string }).type).toBe('details');
    expect(plainTextOf(body)).toContain('How we counted\nOne & two.');
    expect(comparisonText(body)).toContain('Details: How we counted');
    expect(comparisonText(body)).toContain('Details, hidden: ');
  });

  it('an empty summary is written as WordPress writes it ("Details"); an empty block is not written', () => {
    const body = wordpressToBody(INSERTED, window, { wordpressVersion: VERSION });
    const root = body.root as unknown as { children: Array<{ children: Array<{ children: unknown[] }> }> };
    root.children[0]!.children[0]!.children = [];
    expect(bodyToPostContent(body, noMedia, 'list', { wordpressVersion: VERSION }).content).toContain('<summary>Details</summary>');
    root.children[0]!.children[1]!.children = [];
    expect(bodyToPostContent(body, noMedia, 'list', { wordpressVersion: VERSION }).content).not.toContain('wp:details');
  });

  it('a site older than 6.3, whose block editor has no Details block, gets the same HTML as a Custom HTML block', () => {
    const body = wordpressToBody(OPEN, window, { wordpressVersion: VERSION });
    const older = bodyToPostContent(body, noMedia, 'list', { wordpressVersion: '6.1.9' }).content;
    expect(older).toMatch(/^<!-- wp:html -->\n<details class="wp-block-details" open><summary>/);
    expect(older).not.toContain('wp:details');
    expect(older).not.toContain('wp:paragraph');
    // What a reader sees is the same HTML either way.
    const current = bodyToPostContent(body, noMedia, 'list', { wordpressVersion: VERSION }).content;
    const html = (markup: string) => markup.replace(/<!-- \/?wp:[^>]*?-->\n?/g, '').replace(/\s+/g, '');
    expect(html(older)).toBe(html(current));
  });

  it('a hostile summary is sanitized when modelled, not run', () => {
    const hostile = INSERTED.replace('<summary>Summary</summary>', '<summary>Hi<img src=x onerror="alert(1)"><script>alert(2)</script></summary>');
    const modelled = wordpressToModelledBody(hostile, window, { wordpressVersion: VERSION });
    const written = bodyToPostContent(modelled, noMedia, 'list', { wordpressVersion: VERSION }).content;
    expect(written).not.toMatch(/onerror|<script/);
    expect(written).toContain('<summary>Hi');
  });
});
