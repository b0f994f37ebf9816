import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SiteMetadata } from '../../../shared/contract/operations/sites';
import type { StoryFields } from '../../../shared/story/story-schema';
import { wordpressEnv } from '../../support/wordpress/env';
import { fetchWithSitePlugins, installTestSitePlugins } from '../../support/wordpress/site-plugins';
import { addStory, bodyOf, connect, openRig, paragraph, rest, unique, type Rig } from '../../unit/publish/support/rig';

const wp = wordpressEnv();
const rigs: Rig[] = [];
beforeAll(() => installTestSitePlugins());
afterEach(async () => {
  for (const r of rigs.splice(0)) await r.close();
});

/** A workstation connected to the test WordPress with these site plugins on (see tests/support/wordpress/mu-plugins). */
async function connected(...plugins: string[]) {
  const switches = { on: plugins };
  const r = openRig({ fetch: fetchWithSitePlugins(switches) });
  rigs.push(r);
  const siteId = await connect(r, wp);
  return { r, siteId, switches, metadata: () => r.publishing.sites.store.get(siteId).metadata };
}

interface WpPost {
  id: number;
  author: number;
  excerpt: { raw: string };
  meta: Record<string, unknown>;
}

/** The post as the site stores it, read with the given plugins on (their meta keys are only in the answer when registered). */
async function sitePost(id: number, ...plugins: string[]): Promise<WpPost> {
  const res = await fetchWithSitePlugins({ on: plugins })(`${wp.url}/wp-json/wp/v2/posts/${id}?context=edit`, {
    headers: { Authorization: `Basic ${Buffer.from(`${wp.user}:${wp.appPassword}`).toString('base64')}` },
  });
  expect(res.status).toBe(200);
  return (await res.json()) as WpPost;
}

async function publish(r: Rig, siteId: string, fields: Partial<StoryFields>): Promise<{ storyId: string; postId: number; checklist: Map<string, string> }> {
  const u = unique();
  const storyId = addStory(r.library, `Metadata ${u}`, bodyOf(paragraph('The council met.')), { slug: `metadata-${u}`, ...fields });
  const { items } = await r.publishing.publishing.checklist(storyId, siteId);
  const job = await r.publishing.publishing.publish({ storyId, siteId, status: 'draft', overrideWarnings: true });
  const done = await r.publishing.outbox.waitFor(job.id);
  expect(done.error).toBeNull();
  return { storyId, postId: r.publishing.publishing.state(storyId).remotes[0]!.remoteId!, checklist: new Map(items.map((i) => [i.id, i.message])) };
}

const seo = { seoTitle: 'Council votes on the bridge', metaDescription: 'The city council voted on the new bridge on Tuesday.' };

describe('the story’s metadata reaches the real WordPress (#14.12)', () => {
  it('a site with no SEO plugin and no byline field: connect reports it, the checklist says what will not reach the site, and nothing is stored', async () => {
    const { r, siteId, metadata } = await connected();
    expect(metadata()).toEqual<SiteMetadata>({
      seo: null,
      bylineField: null,
      language: 'en-US',
      // Twenty Twenty-Three draws excerpts in its lists (index, archive, search) and not on the story's page.
      theme: { name: 'Twenty Twenty-Three', excerptOnStory: false, excerptInLists: true },
    });
    const { postId, checklist } = await publish(r, siteId, { ...seo, standfirst: 'The bridge is approved.', byline: [`Nobody Here ${unique()}`] });
    expect(checklist.get('seo')).toBe('The SEO title and meta description will not reach the site: it runs no SEO plugin Presswork can write to (Yoast SEO or Rank Math).');
    expect(checklist.get('byline')).toMatch(/^The byline “Nobody Here \w+” is not a user of the site, and the site has no byline field: it will show the account’s name \(.+\) as the author\.$/);
    expect(checklist.get('excerpt')).toBe('The standfirst goes to the post’s excerpt, which the site’s theme (Twenty Twenty-Three) shows in lists of stories but not on the story’s own page.');
    const post = await sitePost(postId, 'seo-yoast', 'seo-rank-math');
    expect(post.excerpt.raw).toBe('The bridge is approved.');
    expect(post.meta).toMatchObject({ _yoast_wpseo_title: '', _yoast_wpseo_metadesc: '', rank_math_title: '', rank_math_description: '' });
    const me = await rest<{ id: number }>(wp, 'GET', '/wp/v2/users/me');
    expect(post.author).toBe(me.id);
  });

  it('Yoast SEO with its fields open to the REST API gets the SEO title and description in its own meta keys', async () => {
    const { r, siteId, metadata } = await connected('seo-yoast');
    expect(metadata()?.seo).toEqual({ plugin: 'yoast', writable: true });
    const { postId, checklist } = await publish(r, siteId, seo);
    expect(checklist.has('seo')).toBe(false);
    const post = await sitePost(postId, 'seo-yoast');
    expect(post.meta).toMatchObject({ _yoast_wpseo_title: seo.seoTitle, _yoast_wpseo_metadesc: seo.metaDescription });
  });

  it('Rank Math gets them in its rank_math_title and rank_math_description', async () => {
    const { r, siteId, metadata } = await connected('seo-rank-math');
    expect(metadata()?.seo).toEqual({ plugin: 'rank-math', writable: true });
    const { postId, checklist } = await publish(r, siteId, seo);
    expect(checklist.has('seo')).toBe(false);
    expect((await sitePost(postId, 'seo-rank-math')).meta).toMatchObject({ rank_math_title: seo.seoTitle, rank_math_description: seo.metaDescription });
  });

  it('Yoast SEO as it ships (read-only REST API, meta not open): reported, and the checklist says why the fields will not reach the site', async () => {
    const { r, siteId, metadata } = await connected('seo-yoast-closed');
    expect(metadata()?.seo).toEqual({ plugin: 'yoast', writable: false });
    const { postId, checklist } = await publish(r, siteId, { seoTitle: seo.seoTitle });
    expect(checklist.get('seo')).toBe(
      'The SEO title will not reach the site: Yoast SEO runs there, but its fields are not open to the REST API (the site’s administrator can register them with show_in_rest).',
    );
    expect((await sitePost(postId, 'seo-yoast')).meta).toMatchObject({ _yoast_wpseo_title: '' });
  });

  it('a byline that is one of the site’s users makes that user the post’s author', async () => {
    const u = unique();
    const writer = await rest<{ id: number; name: string }>(wp, 'POST', '/wp/v2/users', { username: `byline-${u}`, name: `Ada Byline ${u}`, email: `byline-${u}@example.com`, password: `pass-${u}-word`, roles: ['author'] });
    const { r, siteId } = await connected();
    // Never synced: the site is asked for the name.
    const { postId, checklist } = await publish(r, siteId, { byline: [`ada byline ${u}`] });
    expect(checklist.has('byline')).toBe(false);
    expect((await sitePost(postId)).author).toBe(writer.id);

    const second = await publish(r, siteId, { byline: [`Ada Byline ${u}`, 'Guest Writer'] });
    expect(second.checklist.get('byline')).toBe(`Only “Ada Byline ${u}” will show as the author: WordPress gives a post one author and the site has no byline field, so “Guest Writer” will not show.`);
    expect((await sitePost(second.postId)).author).toBe(writer.id);
  });

  it('a site with a byline field gets the whole byline there, joined in the site’s language', async () => {
    const { r, siteId, metadata } = await connected('byline-meta', 'locale-de');
    expect(metadata()).toMatchObject({ bylineField: 'byline', language: 'de-DE' });
    const { postId, checklist } = await publish(r, siteId, { byline: ['Jane Roe', 'John Doe'] });
    expect(checklist.has('byline')).toBe(false);
    expect((await sitePost(postId, 'byline-meta')).meta).toMatchObject({ byline: 'Jane Roe und John Doe' });
  });

  it('a theme whose story page shows the excerpt draws no excerpt warning', async () => {
    const { r, siteId, metadata } = await connected('excerpt-on-story');
    expect(metadata()?.theme).toEqual({ name: 'Twenty Twenty-Three', excerptOnStory: true, excerptInLists: true });
    const { checklist } = await publish(r, siteId, { standfirst: 'Shown under the headline.' });
    expect(checklist.has('excerpt')).toBe(false);
  });

  it('Sync now looks again (a plugin installed since Connect), and a profile connected before Presswork looked is looked at when it is next checked', async () => {
    const { r, siteId, switches, metadata } = await connected();
    expect(metadata()?.seo).toBeNull();
    switches.on = ['seo-rank-math'];
    await r.publishing.sync.sync(siteId);
    expect(metadata()?.seo).toEqual({ plugin: 'rank-math', writable: true });

    switches.on = ['seo-yoast'];
    r.db.prepare('UPDATE sites SET metadata_json = NULL WHERE id = ?').run(siteId);
    expect(metadata()).toBeNull();
    const storyId = addStory(r.library, `Old profile ${unique()}`, bodyOf(paragraph('Text.')), seo);
    expect((await r.publishing.publishing.checklist(storyId, siteId)).items.map((i) => i.id)).not.toContain('seo');
    expect(metadata()?.seo).toEqual({ plugin: 'yoast', writable: true });
  });
});
