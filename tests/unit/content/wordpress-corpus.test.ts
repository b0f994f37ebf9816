import { parse } from '@wordpress/block-serialization-default-parser';
import { describe, expect, it } from 'vitest';
import type { ParsedBlock } from '../../../shared/content/wordpress/block-import-context';
import { loadCorpus, placeFixture, type CorpusFixture } from '../../support/wordpress/corpus/corpus-fixtures';
import type { RecordedMedia } from '../../support/wordpress/corpus/corpus-media';

/** The corpus of tests/fixtures/wordpress is what its manifests say, and lands on another site intact. */
const corpus = loadCorpus();

function names(blocks: ParsedBlock[]): Set<string> {
  const out = new Set<string>();
  const walk = (list: ParsedBlock[]): void => {
    for (const block of list) {
      if (block.blockName) out.add(block.blockName);
      walk(block.innerBlocks);
    }
  };
  walk(blocks);
  return out;
}

const byName = (name: string): CorpusFixture => corpus.find((fixture) => fixture.manifest.name === name)!;

describe('the WordPress corpus', () => {
  it('holds every kind of post the round trip must keep', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(20);
    const origins = new Set(corpus.map((fixture) => fixture.manifest.origin));
    expect([...origins].sort()).toEqual(['block-editor', 'hand-written-5x', 'hand-written-classic', 'hand-written-third-party']);
    const all = new Set(corpus.flatMap((fixture) => [...names(parse(fixture.content))]));
    for (const name of ['core/paragraph', 'core/heading', 'core/list', 'core/quote', 'core/pullquote', 'core/code', 'core/preformatted', 'core/verse', 'core/more', 'core/nextpage', 'core/separator', 'core/spacer', 'core/table', 'core/image', 'core/gallery', 'core/embed', 'core/columns', 'core/group', 'core/cover', 'core/media-text', 'core/buttons', 'core/audio', 'core/video', 'core/file', 'core/block', 'core/shortcode', 'core/html', 'core/latest-posts', 'core/query', 'acme/chart', 'core-embed/youtube']) {
      expect(all, `some fixture holds ${name}`).toContain(name);
    }
  });

  it.each(corpus.map((fixture) => [fixture.manifest.name, fixture] as const))('%s contains the blocks its manifest names, as WordPress 6.1 stored them', (_name, fixture) => {
    const { manifest, content } = fixture;
    expect(manifest.wordpressVersion).toBe('6.1.9');
    expect(content.length).toBeGreaterThan(0);
    const found = names(parse(content));
    if (manifest.origin === 'hand-written-classic') {
      // Classic content is HTML and shortcodes only: no block delimiters at all.
      expect(found.size).toBe(0);
      expect(content).not.toContain('<!-- wp:');
    } else {
      for (const name of manifest.contains.filter((entry) => /^[a-z-]+\/[a-z-]+$/.test(entry))) expect(found, `${manifest.name} holds ${name}`).toContain(name);
    }
    for (const media of manifest.media) expect(media.sourceUrl.startsWith(manifest.siteUrl)).toBe(true);
  });

  it('lands on another site with its ids, URLs and reusable refs mapped, and nothing else changed', () => {
    const fixture = byName('kitchen-sink');
    const shift = (m: RecordedMedia): RecordedMedia => ({
      key: m.key,
      id: m.id + 1000,
      link: m.link.replace(fixture.manifest.siteUrl, 'https://other.example').replace(/\/$/, '-2/'),
      sourceUrl: m.sourceUrl.replace(fixture.manifest.siteUrl, 'https://other.example').replace('/2026/12/', '/2031/01/'),
      sizes: Object.fromEntries(Object.entries(m.sizes).map(([size, url]) => [size, url.replace(fixture.manifest.siteUrl, 'https://other.example').replace('/2026/12/', '/2031/01/')])),
    });
    const media = fixture.manifest.media.map(shift);
    const reusable = new Map(fixture.manifest.reusable.map((block) => [block.id, block.id + 500]));
    const placed = placeFixture(fixture, { siteUrl: 'https://other.example', media, reusable });

    expect(placed).not.toContain(fixture.manifest.siteUrl);
    for (const old of fixture.manifest.media) {
      expect(placed).not.toMatch(new RegExp(`wp-image-${old.id}\\b|"id":${old.id}\\b`));
    }
    const harbour = media.find((m) => m.key === 'harbour')!;
    expect(placed).toContain(`wp-image-${harbour.id}`);
    expect(placed).toContain(`"ref":${fixture.manifest.reusable[0]!.id + 500}`);
    expect(placed).toContain('/2031/01/');
    // Undo the mapping: the very bytes of the fixture come back, so nothing but ids and URLs moved.
    const back = placeFixture(
      { manifest: { ...fixture.manifest, siteUrl: 'https://other.example', media }, content: placed },
      { siteUrl: fixture.manifest.siteUrl, media: fixture.manifest.media, reusable: new Map([...reusable].map(([a, b]) => [b, a])) },
    );
    expect(back).toBe(fixture.content);
  });

  it('maps the id lists of a classic [gallery] and a 5.x gallery', () => {
    for (const name of ['classic-shortcodes', 'blocks-5x']) {
      const fixture = byName(name);
      const media = fixture.manifest.media.map((m) => ({ ...m, id: m.id + 1000 }));
      const placed = placeFixture(fixture, { siteUrl: fixture.manifest.siteUrl, media, reusable: new Map() });
      const ids = /ids="([\d,]+)"|"ids":\[([\d,]+)\]/.exec(placed)!;
      for (const id of (ids[1] ?? ids[2])!.split(',')) expect(Number(id)).toBeGreaterThan(1000);
    }
  });
});
