import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { topLevelBlocks } from '../../../shared/content/wordpress/block-source';
import { compareMarkup } from '../../../shared/content/wordpress/block-equivalence';
import { footnoteFormatFor } from '../../../shared/content/wordpress/footnote-anchors';
import { wordpressToBody, type RemoteImage } from '../../../shared/content/wordpress/from-wordpress';
import { bodyToPostContent, type ResolvedMedia } from '../../../shared/content/wordpress/to-blocks';
import { nodeWindow } from './dom-window';

/**
 * Random WordPress 6.1 posts, serialized as the 6.1 block editor writes them, pulled and published
 * back unchanged: always equivalent as WordPress reads them, and a block Presswork does not know is
 * written back byte for byte.
 */
const window = nodeWindow();
const RUNS = 60;

// ── Inline content ────────────────────────────────────────────────────────────────────────────

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const word = fc.constantFrom('harbour', 'council', 'vote', 'Tom & Jerry', '“quoted”', 'a<b', 'naïve', '42', 'x', 'the', 'boats', 'l’été');
const words = fc.array(word, { minLength: 1, maxLength: 6 }).map((list) => escapeText(list.join(' ')));
const href = fc.constantFrom('https://example.com/report', 'https://example.com/?a=1&amp;b=2', '/about/', '#methodology', 'mailto:desk@example.com');

const inline: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: words },
  { weight: 1, arbitrary: words.map((t) => `<strong>${t}</strong>`) },
  { weight: 1, arbitrary: words.map((t) => `<em>${t}</em>`) },
  { weight: 1, arbitrary: words.map((t) => `<code>${t}</code>`) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('sub', 'sup', 's'), words).map(([tag, t]) => `<${tag}>${t}</${tag}>`) },
  { weight: 1, arbitrary: fc.tuple(href, words).map(([url, t]) => `<a href="${url}">${t}</a>`) },
  { weight: 1, arbitrary: fc.tuple(href, words).map(([url, t]) => `<a href="${url}" target="_blank" rel="noreferrer noopener">${t}</a>`) },
);
const richText = fc.array(inline, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(' '));

// ── Blocks, as 6.1's serializer writes them ──────────────────────────────────────────────────

const comment = (name: string, attrs: Record<string, unknown> | null, html: string) => {
  const json = attrs && Object.keys(attrs).length > 0 ? ` ${JSON.stringify(attrs)}` : '';
  return `<!-- wp:${name}${json} -->\n${html}\n<!-- /wp:${name} -->`;
};

const paragraph = fc.tuple(richText, fc.constantFrom(null, 'center', 'right')).map(([html, align]) =>
  align ? comment('paragraph', { align }, `<p class="has-text-align-${align}">${html}</p>`) : comment('paragraph', null, `<p>${html}</p>`),
);

const heading = fc.tuple(richText, fc.constantFrom(2, 3, 4)).map(([html, level]) => comment('heading', level === 2 ? null : { level }, `<h${level}>${html}</h${level}>`));

const list: fc.Arbitrary<string> = fc.letrec<{ list: string; item: string }>((tie) => ({
  item: fc.tuple(richText, fc.option(tie('list'), { freq: 5, depthSize: 'small' })).map(([html, nested]) => comment('list-item', null, `<li>${html}${nested ?? ''}</li>`)),
  list: fc.tuple(fc.boolean(), fc.array(tie('item'), { minLength: 1, maxLength: 3 })).map(([ordered, items]) =>
    comment('list', ordered ? { ordered: true } : null, `<${ordered ? 'ol' : 'ul'}>${items.join('\n\n')}</${ordered ? 'ol' : 'ul'}>`),
  ),
})).list;

const quote = fc.tuple(fc.array(paragraph, { minLength: 1, maxLength: 2 }), fc.option(words)).map(([paragraphs, citation]) =>
  comment('quote', null, `<blockquote class="wp-block-quote">${paragraphs.join('\n\n')}${citation ? `<cite>${citation}</cite>` : ''}</blockquote>`),
);

const separator = fc.constant(comment('separator', null, '<hr class="wp-block-separator has-alpha-channel-opacity"/>'));

interface SiteImage {
  id: number;
  alt: string;
}
const image = fc.record({ id: fc.integer({ min: 1, max: 5000 }), alt: fc.constantFrom('', 'Boats at dawn', 'The mayor') }).map(
  ({ id, alt }: SiteImage) =>
    comment('image', { id, sizeSlug: 'large', linkDestination: 'none' }, `<figure class="wp-block-image size-large"><img src="https://news.example/wp-content/uploads/2026/12/photo-${id}-1024x683.jpg" alt="${alt}" class="wp-image-${id}"/></figure>`),
);

// A plugin's block Presswork cannot know: any name, any JSON attributes, any inner HTML.
const jsonValue = fc.jsonValue({ maxDepth: 2 }).filter((value) => value !== null && typeof value === 'object' && !Array.isArray(value)) as fc.Arbitrary<Record<string, unknown>>;
const safeHtml = fc
  .array(fc.oneof(words, fc.constantFrom('<div class="acme-box" data-x=\'{"k":1}\'>', '</div>', '<span style="color:red">', '</span>', '<iframe src="https://maps.example/embed"></iframe>', '\n', '  ', '<br>')), { maxLength: 8 })
  .map((parts) => parts.join(''));
const unknownBlock = fc
  .tuple(fc.stringMatching(/^[a-z][a-z0-9-]{0,8}\/[a-z][a-z0-9-]{0,8}$/), fc.option(jsonValue), fc.option(safeHtml))
  .filter(([name]) => !name.startsWith('core/'))
  .map(([name, attrs, html]) => {
    const json = attrs && Object.keys(attrs).length > 0 ? ` ${JSON.stringify(attrs)}` : '';
    return html === null ? `<!-- wp:${name}${json} /-->` : `<!-- wp:${name}${json} -->${html}<!-- /wp:${name} -->`;
  });

// Classic HTML between blocks, as a post converted from the classic editor keeps it.
const freeform = fc.array(richText, { minLength: 1, maxLength: 3 }).map((paragraphs) => paragraphs.join('\n\n'));

const block = fc.oneof(
  { weight: 4, arbitrary: paragraph },
  { weight: 2, arbitrary: heading },
  { weight: 2, arbitrary: list },
  { weight: 1, arbitrary: quote },
  { weight: 1, arbitrary: separator },
  { weight: 1, arbitrary: image },
  { weight: 2, arbitrary: unknownBlock },
);
const post = fc
  .tuple(fc.array(block, { minLength: 1, maxLength: 8 }), fc.option(freeform, { freq: 4 }))
  .map(([blocks, classic]) => (classic === null ? blocks : [...blocks.slice(0, 1), classic, ...blocks.slice(1)]).join('\n\n'));

// ── Pull, then publish unchanged ─────────────────────────────────────────────────────────────

/** Pulls a post into a story body and publishes that body back, with the site's images mapped both ways. */
function roundTrip(content: string): string {
  const library = new Map<string, ResolvedMedia>();
  const media = (found: RemoteImage) => {
    if (found.remoteId === null) return null;
    const id = `media-${found.remoteId}`;
    library.set(id, { remoteId: found.remoteId, url: found.url, alt: found.alt, caption: found.caption, credit: found.credit });
    return id;
  };
  const body = wordpressToBody(content, window, { media });
  return bodyToPostContent(body, (id) => library.get(id) ?? null, footnoteFormatFor('6.1.9')).content;
}

describe('pull then publish unchanged (fast-check)', () => {
  it('gives back a post WordPress reads as the same', () => {
    fc.assert(
      fc.property(post, (content) => {
        const differences = compareMarkup(content, roundTrip(content), window);
        expect(differences.map((d) => `${d.kind} ${d.label} ${d.path} ${d.aspects.join(',')}: ${d.theirs} ≠ ${d.ours}`)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('writes back the bytes of a block it does not know', () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 0, maxLength: 3 }), unknownBlock, fc.array(block, { maxLength: 3 }), (before, unknown, after) => {
        const content = [...before, unknown, ...after].join('\n\n');
        const written = topLevelBlocks(roundTrip(content)).map((piece) => piece.raw);
        expect(written).toContain(unknown);
      }),
      { numRuns: RUNS },
    );
  });
});
