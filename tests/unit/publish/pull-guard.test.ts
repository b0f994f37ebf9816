import BetterSqlite3 from 'better-sqlite3';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/store/database';
import { migrations } from '../../../electron/store/migrations';
import { markupHash } from '../../../electron/publish/pulled-markup';
import { PublishStore } from '../../../electron/publish/publish-store';
import { FakeWordPress } from './support/fake-wordpress';
import { openRig, type Rig } from './support/rig';
import { tempDir } from '../support/temp-core';

const rigs: Rig[] = [];
afterEach(async () => {
  for (const r of rigs.splice(0)) await r.close();
});

/** The publish store over the rig's library, as the core's own reads it. */
const store = (r: Rig) => new PublishStore(r.db, Date.now);

const list = (items: unknown) => new Response(JSON.stringify(items), { status: 200, headers: { 'Content-Type': 'application/json', 'X-WP-TotalPages': '1' } });

/** The fake site (whose account lacks unfiltered_html), with its posts collection answering `posts` for the sync. */
async function syncing(posts: unknown[]) {
  const site = new FakeWordPress();
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const url = new URL(String(input));
    const route = url.searchParams.get('rest_route') ?? url.pathname.replace(/^\/wp-json/, '');
    const get = (init?.method ?? 'GET') === 'GET';
    if (get && ['/wp/v2/categories', '/wp/v2/tags', '/wp/v2/users'].includes(route)) return list([]);
    if (get && route === '/wp/v2/posts' && url.searchParams.get('orderby') === 'modified') return list(posts);
    return site.fetch(input, init);
  };
  const r = openRig({ fetch });
  rigs.push(r);
  const siteId = (await r.publishing.sites.connect({ name: 'Fake', url: site.url, username: site.user.username, password: site.user.password, allowUnprotectedStorage: false })).id;
  await r.publishing.sync.sync(siteId);
  const row = r.db.prepare('SELECT story_id FROM story_remote WHERE remote_id = 41').get() as { story_id: string };
  return { r, siteId, storyId: row.story_id };
}

const columns = '<!-- wp:columns -->\n<div class="wp-block-columns"><!-- wp:column -->\n<div class="wp-block-column"><!-- wp:paragraph -->\n<p>Left</p>\n<!-- /wp:paragraph --></div>\n<!-- /wp:column --></div>\n<!-- /wp:columns -->';
const map = '<!-- wp:html -->\n<iframe src="https://maps.example.com/embed"></iframe>\n<!-- /wp:html -->';
const post = (content: string) => ({
  id: 41,
  slug: 'harbour',
  status: 'draft',
  link: 'https://news.example/?p=41',
  modified: '2026-01-01T10:00:00',
  modified_gmt: '2026-01-01T10:00:00',
  date_gmt: '2026-01-01T10:00:00',
  title: { raw: 'Harbour' },
  content: { raw: content },
  excerpt: { raw: 'Standfirst.' },
});

describe('migration 0034', () => {
  it('adds the post format to existing links, empty, and the pulled-markup and differences tables', () => {
    const db = new BetterSqlite3(path.join(tempDir(), 'm.sqlite'));
    db.pragma('foreign_keys = ON');
    migrate(db, migrations.filter((m) => m.version <= 34));
    expect(schemaVersion(db)).toBe(34);
    const columnsOf = (table: string) => (db.prepare(`PRAGMA table_info(${table})`).all() as Array<{ name: string }>).map((c) => c.name);
    expect(columnsOf('story_remote')).toContain('post_format');
    expect(columnsOf('pulled_markup')).toEqual(['story_id', 'site_id', 'sha256']);
    expect(columnsOf('pull_differences')).toEqual(['story_id', 'site_id', 'differences_json', 'found_at', 'looked_at']);
    db.close();
  });
});

describe('the pull guard', () => {
  it('records the hash of each kept block and the post format at sync; the map warns that the site filters it for this account', async () => {
    const { r, siteId, storyId } = await syncing([post(`<!-- wp:paragraph -->\n<p>Words.</p>\n<!-- /wp:paragraph -->\n\n${columns}\n\n${map}`)]);
    expect([...store(r).pulledHashes(storyId, siteId)].sort()).toEqual([markupHash(columns), markupHash(map)].sort());
    expect(store(r).postFormat(storyId, siteId)).toBe('blocks');
    expect(store(r).pullDifferences(storyId, siteId)).toBeNull();
    const items = (await r.publishing.publishing.checklist(storyId, siteId)).items;
    expect(items.filter((i) => i.id.startsWith('pull') || i.id.startsWith('preserved'))).toEqual([
      { id: 'preserved-filtered', level: 'warning', message: 'The site will filter Custom HTML (raw HTML, a frame or a script) for your account: ask an editor or administrator to publish it.' },
    ]);
  });

  it('remembers a classic post as classic', async () => {
    const { r, siteId, storyId } = await syncing([post('Plain classic words.\n\n[gallery ids="1,2"]')]);
    expect(store(r).postFormat(storyId, siteId)).toBe('classic');
    expect(store(r).pulledHashes(storyId, siteId).has(markupHash('[gallery ids="1,2"]'))).toBe(true);
  });

  it('blocks publishing over differences the user did not make until they say they have looked', async () => {
    const { r, siteId, storyId } = await syncing([post('<!-- wp:paragraph -->\n<p>Words.</p>\n<!-- /wp:paragraph -->')]);
    const service = r.publishing.publishing;
    // Differences as the pull would find them (the per-block check leaves none in this post).
    const difference = (label: string, path: string) => ({ kind: 'changed' as const, blockName: `core/${label.toLowerCase()}`, label, path, aspects: ['html' as const], theirs: 'a', ours: 'b' });
    store(r).transaction(() =>
      store(r).rememberPull(storyId, siteId, { format: 'blocks', preservedHashes: [], differences: [difference('Table', '1'), difference('Table', '1.0'), difference('Gallery', '3')] }),
    );
    const blocker = async () => (await service.checklist(storyId, siteId)).items.find((i) => i.id === 'pull-differences');
    expect(await blocker()).toEqual({
      id: 'pull-differences',
      level: 'blocker',
      message: 'Presswork would change 2 blocks you did not edit: Table, Gallery. Look at the differences before publishing.',
    });
    await expect(service.publish({ storyId, siteId, status: 'draft', overrideWarnings: true })).rejects.toThrow(/would change 2 blocks/);
    expect(service.pullDifferences(storyId, siteId)?.differences).toHaveLength(3);

    const looked = service.confirmPullDifferences(storyId, siteId);
    expect(looked?.lookedAt).toEqual(expect.any(Number));
    expect(await blocker()).toBeUndefined();
    expect(service.state(storyId).log[0]).toMatchObject({ result: 'differences looked at' });
    // A later pull that finds differences again asks again.
    store(r).transaction(() => store(r).rememberPull(storyId, siteId, { format: 'blocks', preservedHashes: [], differences: [difference('Table', '0')] }));
    expect((await blocker())?.message).toMatch(/^Presswork would change 1 block you did not edit: Table\./);
  });

  it('refuses kept markup that was not pulled from this site for this story (a planted script)', async () => {
    const { r, siteId, storyId } = await syncing([post(`${columns}`)]);
    const story = r.library.stories.get(storyId);
    const planted = { type: 'preserved-block', version: 1, blockName: 'core/html', markup: '<!-- wp:html -->\n<script>steal()</script>\n<!-- /wp:html -->', label: 'Custom HTML', text: '' };
    r.library.stories.save({ id: storyId, headline: story.headline, body: { root: { ...story.body.root, children: [...story.body.root.children, planted] } } as typeof story.body, fields: story.fields });
    const items = (await r.publishing.publishing.checklist(storyId, siteId)).items;
    expect(items.find((i) => i.id === 'preserved-unpulled')).toMatchObject({ level: 'blocker', message: expect.stringContaining('(Custom HTML) was not pulled from this site') });
    // The pulled Columns block is fine; only the planted one is named.
    expect(items.find((i) => i.id === 'preserved-unpulled')?.message).not.toContain('Columns');
    await expect(r.publishing.publishing.publish({ storyId, siteId, status: 'draft', overrideWarnings: true })).rejects.toThrow(/not pulled from this site/);
  });
});
