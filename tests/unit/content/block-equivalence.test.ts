import { describe, expect, it } from 'vitest';
import { compareMarkup, equivalentMarkup } from '../../../shared/content/wordpress/block-equivalence';
import { nodeWindow } from './dom-window';

const window = nodeWindow();
const para = (html: string, attrs = '') => `<!-- wp:paragraph ${attrs}-->\n${html}\n<!-- /wp:paragraph -->`;

describe('compareMarkup', () => {
  it('ignores attribute order, class order, entity spelling and whitespace between tags', () => {
    const theirs = `${para('<p class="b a" id="x">Tom &amp; Jerry&#8217;s</p>')}\n\n<!-- wp:list {"ordered":true,"start":3} -->\n<ol start="3">\n  <li>One</li>\n</ol>\n<!-- /wp:list -->`;
    const ours = `${para('<p id="x" class="a b">Tom &#38; Jerry’s</p>')}\n\n<!-- wp:list {"start":3,"ordered":true} --><ol start="3"><li>One</li></ol><!-- /wp:list -->`;
    expect(compareMarkup(theirs, ours, window)).toEqual([]);
  });

  it('names a block whose words, attributes or markup differ', () => {
    const theirs = [para('<p>Same</p>'), '<!-- wp:table -->\n<figure class="wp-block-table"><table><tbody><tr><td>1</td></tr></tbody></table><figcaption>Votes</figcaption></figure>\n<!-- /wp:table -->'].join('\n\n');
    const ours = [para('<p>Same</p>'), '<!-- wp:table -->\n<figure class="wp-block-table"><table><tbody><tr><td>1</td></tr></tbody></table></figure>\n<!-- /wp:table -->'].join('\n\n');
    const [difference, ...rest] = compareMarkup(theirs, ours, window);
    expect(rest).toEqual([]);
    expect(difference).toMatchObject({ kind: 'changed', blockName: 'core/table', label: 'Table', path: '1', aspects: ['html', 'text'] });
    expect(compareMarkup(para('<p>a</p>', '{"align":"center"} '), para('<p>a</p>'), window)[0]?.aspects).toEqual(['attributes']);
  });

  it('keeps spaces a reader sees between inline elements, and no-break spaces', () => {
    expect(equivalentMarkup(para('<p><em>a</em> <em>b</em></p>'), para('<p><em>a</em><em>b</em></p>'), window)).toBe(false);
    expect(equivalentMarkup(para('<p>&nbsp;</p>'), para('<p></p>'), window)).toBe(false);
    expect(equivalentMarkup('<!-- wp:code -->\n<pre class="wp-block-code"><code>a\n  b</code></pre>\n<!-- /wp:code -->', '<!-- wp:code -->\n<pre class="wp-block-code"><code>a\n b</code></pre>\n<!-- /wp:code -->', window)).toBe(false);
  });

  it('tells a missing block from an added one, matching the rest in order', () => {
    const a = para('<p>A</p>');
    const b = '<!-- wp:more -->\n<!--more-->\n<!-- /wp:more -->';
    const c = para('<p>C</p>');
    expect(compareMarkup([a, b, c].join('\n\n'), [a, c].join('\n\n'), window)).toMatchObject([{ kind: 'removed', blockName: 'core/more', label: 'More', path: '1' }]);
    expect(compareMarkup([a, c].join('\n\n'), [a, c, b].join('\n\n'), window)).toMatchObject([{ kind: 'added', blockName: 'core/more' }]);
  });

  it('points at the inner block that differs', () => {
    const quote = (cite: string) => `<!-- wp:quote -->\n<blockquote class="wp-block-quote">${para('<p>Words</p>')}<cite>${cite}</cite></blockquote>\n<!-- /wp:quote -->`;
    expect(compareMarkup(quote('The mayor'), quote('The mayor'), window)).toEqual([]);
    expect(compareMarkup(quote('The mayor'), quote(''), window)).toMatchObject([{ blockName: 'core/quote', aspects: ['html', 'text'] }]);
    const inner = compareMarkup(quote('x').replace('Words', 'Word'), quote('x'), window);
    expect(inner).toMatchObject([{ blockName: 'core/paragraph', path: '0.0' }]);
  });

  it('tolerates the rel="noopener" WordPress adds to links with a target, and nothing else', () => {
    const linked = (rel: string) => para(`<p><a href="https://example.com" target="_blank"${rel}>x</a></p>`);
    expect(equivalentMarkup(linked(''), linked(' rel="noopener"'), window)).toBe(true);
    expect(equivalentMarkup(linked(' rel="noreferrer"'), linked(' rel="noreferrer noopener"'), window)).toBe(true);
    expect(equivalentMarkup(linked(''), linked(' rel="nofollow"'), window)).toBe(false);
    expect(equivalentMarkup(linked(''), linked(' rel="noopener"'), window, { wordpressSaveChanges: false })).toBe(false);
  });

  it('tolerates the heading and list classes one WordPress version writes and another does not', () => {
    const heading = (cls: string) => `<!-- wp:heading -->\n<h2${cls}>Outcome</h2>\n<!-- /wp:heading -->`;
    expect(equivalentMarkup(heading(''), heading(' class="wp-block-heading"'), window)).toBe(true);
    expect(equivalentMarkup(heading(''), heading(' class="wp-block-list"'), window)).toBe(false);
    const list = (cls: string) => `<!-- wp:list -->\n<ul${cls}><li>a</li></ul>\n<!-- /wp:list -->`;
    expect(equivalentMarkup(list(' class="wp-block-list"'), list(''), window)).toBe(true);
    expect(equivalentMarkup(list(''), list(' class="wp-block-list"'), window, { wordpressSaveChanges: false })).toBe(false);
  });

  it('compares classic content as WordPress shows it (wpautop), and knows comments like <!--more-->', () => {
    expect(equivalentMarkup('First line\nsecond line\n\nNext paragraph', '<p>First line<br>\nsecond line</p>\n<p>Next paragraph</p>', window)).toBe(true);
    expect(equivalentMarkup('Intro<!--more-->\n\nRest', 'Intro\n\nRest', window)).toBe(false);
    const [difference] = compareMarkup('One\n\nTwo\n\nThree', 'One\n\nThree', window);
    expect(difference).toMatchObject({ kind: 'removed', blockName: null, label: 'Classic' });
  });

  it('compares 5,000 nested elements without exhausting the stack', () => {
    const deep = `${'<div>'.repeat(5000)}deep${'</div>'.repeat(5000)}`;
    const html = `<!-- wp:html -->\n${deep}\n<!-- /wp:html -->`;
    expect(equivalentMarkup(html, html, window)).toBe(true);
  });
});
