import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordpressToBody } from '../../../shared/content/wordpress/from-wordpress';
import { bodyToBlockMarkup, bodyToPostContent, type MediaResolver } from '../../../shared/content/wordpress/to-blocks';
import type { BodyState } from '../../../shared/story/story-schema';
import { body, br, cell, embed, footnote, h, image, li, link, list, p, pullQuote, quote, row, separator, table, text, type Json } from './body-builders';
import { nodeWindow } from './dom-window';

const window = nodeWindow();
const REMOTE: Record<string, number> = { 'media-a': 11, 'media-b': 12 };
const resolver: MediaResolver = (id) => (id in REMOTE ? { remoteId: REMOTE[id] ?? 0, url: `http://wp.test/${id}.jpg`, alt: '', caption: '', credit: '' } : null);
const toLocal = (remoteId: number | null): string | null => Object.keys(REMOTE).find((key) => REMOTE[key] === remoteId) ?? null;

const word = fc.constantFrom('news', 'Ärger', 'R&D', '<tag>', '"quoted"', "it's", '50%', 'a--b', '—', 'x\u00a0y', '1<2', '&amp;');
const words = fc.array(word, { minLength: 1, maxLength: 4 }).map((ws) => ws.join(' '));
const format = fc.constantFrom(0, 0, 0, 1, 2, 3, 4, 8, 16, 32, 64, 1 | 64, 2 | 8, 1 | 2 | 4 | 8);
const url = fc.constantFrom('https://example.com/a?b=1&c=2', 'http://example.org/', 'mailto:desk@example.com', 'tel:+441234567890');

const inlineItem: fc.Arbitrary<Json> = fc.oneof(
  { weight: 5, arbitrary: fc.tuple(words, format).map(([t, f]) => text(t, f)) },
  { weight: 1, arbitrary: fc.tuple(url, fc.array(fc.tuple(words, format), { minLength: 1, maxLength: 2 })).map(([u, parts]) => link(u, ...parts.map(([t, f]) => text(t, f)))) },
  { weight: 1, arbitrary: words.map(footnote) },
);
/** Inline content with line breaks only between runs, as an editor produces it. */
const inline = fc.array(fc.array(inlineItem, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 2 }).map((lines) => {
  const out: Json[] = [];
  lines.forEach((line, i) => {
    if (i > 0) out.push(br());
    out.push(...line);
  });
  return out;
});

const listArb: fc.Arbitrary<Json> = fc.letrec<{ list: Json }>((tie) => ({
  list: fc
    .tuple(
      fc.constantFrom('bullet' as const, 'number' as const),
      fc.array(fc.tuple(inline, fc.option(tie('list'), { depthSize: 'small', nil: null })), { minLength: 1, maxLength: 3 }),
    )
    .map(([type, items]) => list(type, ...items.flatMap(([content, nested]) => [li(...content), ...(nested ? [li(nested)] : [])]))),
})).list;

const tableArb = fc
  .tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }), fc.boolean(), fc.array(fc.tuple(words, format), { minLength: 9, maxLength: 9 }))
  .map(([rows, cols, header, cells]) =>
    table(
      ...Array.from({ length: rows }, (_, r) =>
        row(...Array.from({ length: cols }, (_, c) => {
          const [t, f] = cells[r * 3 + c] ?? ['x', 0];
          return cell(header && r === 0, text(t, f));
        })),
      ),
    ),
  );

const block: fc.Arbitrary<Json> = fc.oneof(
  { weight: 6, arbitrary: inline.map((c) => p(...c)) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('h2' as const, 'h3' as const, 'h4' as const), inline).map(([tag, c]) => h(tag, ...c)) },
  { weight: 1, arbitrary: inline.map((c) => quote(...c)) },
  { weight: 2, arbitrary: listArb },
  { weight: 1, arbitrary: tableArb },
  { weight: 1, arbitrary: fc.tuple(fc.array(words, { minLength: 1, maxLength: 2 }), fc.option(words, { nil: '' })).map(([lines, c]) => pullQuote(lines.join('\n'), c)) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('media-a', 'media-b'), fc.option(words, { nil: '' }), fc.option(words, { nil: '' }), fc.option(words, { nil: '' })).map(([m, c, cr, a]) => image(m, c, cr, a)) },
  { weight: 1, arbitrary: fc.constantFrom('https://www.youtube.com/watch?v=abc', 'https://vimeo.com/1', 'https://x.com/a/status/2', 'https://www.instagram.com/p/z/', 'https://www.facebook.com/a/posts/3', 'https://example.com/page').map(embed) },
  { weight: 1, arbitrary: fc.constant(separator()) },
);
const bodyArb = fc.array(block, { minLength: 1, maxLength: 8 }).map((blocks) => body(...blocks));

/**
 * What must survive: the tree, text, formats, links and node fields. Lexical's own
 * bookkeeping (list item values and indents, a text's detail and mode) and how text happens
 * to be split into nodes of the same format are not the story.
 */
function canonical(state: BodyState): unknown {
  const visit = (node: Json): Json => {
    const { value: _v, indent: _i, detail: _d, mode: _m, textFormat: _tf, textStyle: _ts, direction: _dir, ...rest } = node;
    // Once published, an image records the src and caption markup the site holds: the record of what went out, not the story.
    if (node.type === 'image') {
      const { src: _src, publishedCaption: _pc, ...image } = rest;
      return image as Json;
    }
    if (!Array.isArray(node.children)) return rest as Json;
    const merged: Json[] = [];
    for (const child of node.children.map(visit)) {
      const last = merged[merged.length - 1];
      if (last?.type === 'text' && child.type === 'text' && last.format === child.format) merged[merged.length - 1] = { ...last, text: `${String(last.text)}${String(child.text)}` };
      else merged.push(child);
    }
    return { ...rest, children: merged };
  };
  return visit(state.root as unknown as Json);
}

describe('JSON → WordPress → JSON', () => {
  it('is stable for any story (property)', () => {
    fc.assert(
      fc.property(bodyArb, (original) => {
        const markup = bodyToBlockMarkup(original, resolver);
        const back = wordpressToBody(markup, window, { media: (img) => toLocal(img.remoteId) });
        expect(canonical(back)).toEqual(canonical(original));
        // And the markup of what came back is the same markup.
        expect(bodyToBlockMarkup(back, resolver)).toBe(markup);
      }),
      { numRuns: 100 },
    );
  });

  it('is stable in WordPress 6.3+’s footnotes format too, notes travelling in the footnotes meta (property)', () => {
    fc.assert(
      fc.property(bodyArb, (original) => {
        const post = bodyToPostContent(original, resolver, 'core');
        const back = wordpressToBody(post.content, window, { media: (img) => toLocal(img.remoteId), footnotesMeta: post.footnotesMeta });
        expect(canonical(back)).toEqual(canonical(original));
        expect(bodyToPostContent(back, resolver, 'core')).toEqual(post);
      }),
      { numRuns: 100 },
    );
  });
});

