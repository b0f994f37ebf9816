import { afterEach, describe, expect, it } from 'vitest';
import { LibraryPage, LibraryQuery } from '../../../shared/story/library-schema';
import { Section } from '../../../shared/story/section-schema';
import { FakeWordPress } from './support/fake-wordpress';
import { openRig, type Rig } from './support/rig';

const rigs: Rig[] = [];
afterEach(async () => {
  for (const r of rigs.splice(0)) await r.close();
});

const list = (items: unknown) => new Response(JSON.stringify(items), { status: 200, headers: { 'Content-Type': 'application/json', 'X-WP-TotalPages': '1' } });

/** The fake site, answering the sync's collections with `answers` instead (by route). */
function siteAnswering(site: FakeWordPress, answers: Record<string, unknown>): typeof fetch {
  return async (input, init) => {
    const url = new URL(String(input));
    const route = url.searchParams.get('rest_route') ?? url.pathname.replace(/^\/wp-json/, '');
    if ((init?.method ?? 'GET') === 'GET' && route in answers) return list(answers[route]);
    return site.fetch(input, init);
  };
}

async function syncThrough(answers: Record<string, unknown>) {
  const site = new FakeWordPress();
  const r = openRig({ fetch: siteAnswering(site, answers) });
  rigs.push(r);
  const siteId = (await r.publishing.sites.connect({ name: 'Fake', url: site.url, username: site.user.username, password: site.user.password, allowUnprotectedStorage: false })).id;
  return { r, siteId, sync: () => r.publishing.sync.sync(siteId) };
}

const post = (extra: Record<string, unknown>) => ({
  id: 41,
  slug: 'hostile',
  status: 'publish',
  link: 'https://news.example/?p=41',
  modified: '2026-01-01T10:00:00',
  modified_gmt: '2026-01-01T10:00:00',
  date_gmt: '2026-01-01T10:00:00',
  title: { raw: 'Hostile &#99999999; title' },
  content: { raw: '<p>Words survive.</p>' },
  excerpt: { raw: '' },
  ...extra,
});

describe('a sync from a site that sends malformed values', () => {
  it('keeps what it can use, cleans names and skips what has no id; every value it shows passes the contract', async () => {
    const { r, sync } = await syncThrough({
      '/wp/v2/categories': [
        { id: 3, name: 'Election', slug: 'election', parent: 0 },
        { id: 4, name: 'US\u0000 Election\u0007 &#99999999;', slug: 'us', parent: 3 },
        { id: 5, name: { rendered: '<img src=x onerror=alert(1)>' }, slug: 5, parent: 'three' },
        { id: 'six', name: 'No id', slug: 'no-id' },
        null,
        'not a term',
      ],
      '/wp/v2/tags': [{ id: 7, name: 'x'.repeat(10_000), slug: 'long' }, { id: -1, name: 'negative' }],
      '/wp/v2/users': [{ id: 1, name: ['not', 'a', 'name'], slug: 'admin' }, { id: 2.5, name: 'Fraction' }],
      '/wp/v2/posts': [post({ categories: [4, 'x', { id: 3 }], tags: 'all', author: 1, featured_media: -3, link: 'javascript:alert(1)' }), post({ id: 'nope' })],
    });

    const report = await sync();
    expect(report).toMatchObject({ sections: 3, tags: 1, authors: 1, postsCreated: 1 });

    const sections = r.library.sections.list();
    expect(sections.map((s) => s.name).sort()).toEqual(['(no name)', 'Election', 'US Election &#99999999;']);
    for (const section of sections) expect(Section.safeParse(section).success).toBe(true);

    const page = r.library.list.query(LibraryQuery.parse({}));
    expect(LibraryPage.safeParse(page).success).toBe(true);
    const [story] = page.rows;
    expect(story!.sections).toEqual(['US Election &#99999999;']);
    const full = r.library.stories.get(story!.id);
    expect(full.headline).toBe('Hostile &#99999999; title');
    expect(full.fields.byline).toEqual(['(no name)']);
    expect(full.fields.tags).toEqual([]);
    expect(full.fields.sectionIds).toHaveLength(1);
    expect(JSON.stringify(full.body)).toContain('Words survive.');
  });

  it('stops with a readable sentence when a collection is not a list, instead of crashing', async () => {
    const { sync } = await syncThrough({ '/wp/v2/categories': { code: 'weird', data: 'x'.repeat(100) } });
    await expect(sync()).rejects.toThrow(/answered \/wp\/v2\/categories with something that is not a list/);
  });
});
