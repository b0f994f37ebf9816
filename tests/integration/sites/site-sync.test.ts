import { afterEach, describe, expect, it } from 'vitest';
import { bodyPlainText } from '../../../shared/story/plain-text';
import { wordpressEnv } from '../../support/wordpress/env';
import { bodyOf, connect, openRig, paragraph, rest, storyBySlug, unique, type Rig } from '../../unit/publish/support/rig';

const wp = wordpressEnv();
const rigs: Rig[] = [];
afterEach(async () => {
  for (const r of rigs.splice(0)) await r.close();
});


describe('sync down from the real WordPress', () => {
  it('pulls sections, tags, authors and posts of every status, then only what changed', async () => {
    const r = openRig();
    rigs.push(r);
    const siteId = await connect(r, wp);
    const u = unique();
    const parent = await rest<{ id: number }>(wp, 'POST', '/wp/v2/categories', { name: `World ${u}` }, wp.appPassword2);
    const child = await rest<{ id: number }>(wp, 'POST', '/wp/v2/categories', { name: `Europe ${u}`, parent: parent.id }, wp.appPassword2);
    const tag = await rest<{ id: number }>(wp, 'POST', '/wp/v2/tags', { name: `Summit ${u}` }, wp.appPassword2);
    const content = '<!-- wp:paragraph -->\n<p>Leaders met <strong>today</strong>.</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:heading -->\n<h2>Outcome</h2>\n<!-- /wp:heading -->';
    const made: Record<string, { id: number }> = {};
    for (const status of ['draft', 'pending', 'publish', 'future'] as const) {
      made[status] = await rest<{ id: number }>(
        wp,
        'POST',
        '/wp/v2/posts',
        { title: `Summit ${status} ${u}`, content, excerpt: `Standfirst ${status}.`, status, slug: `summit-${status}-${u}`, categories: [child.id], tags: [tag.id], ...(status === 'future' ? { date_gmt: '2031-01-01T09:00:00' } : {}) },
        wp.appPassword2,
      );
    }

    const first = await r.publishing.sync.sync(siteId);
    expect(first.postsCreated).toBeGreaterThanOrEqual(4);
    const pending = storyBySlug(r, `summit-pending-${u}`)!;
    expect(pending.headline).toBe(`Summit pending ${u}`);
    expect(pending.status).toBe('in_copy');
    expect(pending.fields.standfirst).toBe('Standfirst pending.');
    expect(pending.fields.tags).toEqual([`Summit ${u}`]);
    expect(bodyPlainText(pending.body)).toBe('Leaders met today.\nOutcome');
    const sections = r.library.sections.list();
    const europe = sections.find((s) => s.name === `Europe ${u}`)!;
    expect(sections.find((s) => s.id === europe.parentId)!.name).toBe(`World ${u}`);
    expect(pending.fields.sectionIds).toEqual([europe.id]);
    expect(storyBySlug(r, `summit-draft-${u}`)!.status).toBe('draft');
    expect(storyBySlug(r, `summit-publish-${u}`)!.status).toBe('published');
    expect(storyBySlug(r, `summit-future-${u}`)!.status).toBe('scheduled');
    const remote = r.publishing.publishing.state(pending.id).remotes[0]!;
    expect(remote).toMatchObject({ remoteId: made.pending!.id, remoteStatus: 'pending' });
    expect(remote.modifiedGmt).toMatch(/^\d{4}-\d\d-\d\dT/);

    // Incremental: nothing of ours pulled again. Other test files share this WordPress and add posts
    // meanwhile, so the summary's totals are not ours to pin; our own stories must stay untouched.
    const ours = Object.keys(made).map((status) => storyBySlug(r, `summit-${status}-${u}`)!);
    await r.publishing.sync.sync(siteId);
    for (const story of ours) expect(r.library.stories.get(story.id).version).toBe(story.version);

    // Changed on the site: pulled again into the same story.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await rest(wp, 'POST', `/wp/v2/posts/${made.draft!.id}`, { title: `Summit draft revised ${u}` }, wp.appPassword2);
    const third = await r.publishing.sync.sync(siteId);
    expect(third.postsUpdated).toBeGreaterThanOrEqual(1);
    for (const story of ours.filter((s) => s.fields.slug !== `summit-draft-${u}`)) expect(r.library.stories.get(story.id).version).toBe(story.version);
    expect(storyBySlug(r, `summit-draft-${u}`)!.headline).toBe(`Summit draft revised ${u}`);
  }, 120_000);

  it('a pending story pulled, edited and pushed back updates the same post; local edits are never overwritten by a sync', async () => {
    const r = openRig();
    rigs.push(r);
    const siteId = await connect(r, wp);
    const u = unique();
    const post = await rest<{ id: number }>(
      wp,
      'POST',
      '/wp/v2/posts',
      { title: `For review ${u}`, content: '<!-- wp:paragraph -->\n<p>First draft.</p>\n<!-- /wp:paragraph -->', excerpt: 'Review me.', status: 'pending', slug: `for-review-${u}` },
      wp.appPassword2,
    );
    await r.publishing.sync.sync(siteId);
    const story = storyBySlug(r, `for-review-${u}`)!;
    r.library.stories.save({ id: story.id, headline: story.headline, body: bodyOf(paragraph('Copy-edited draft.')), fields: story.fields });

    // The site changes too; a sync must not overwrite our edit.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await rest(wp, 'POST', `/wp/v2/posts/${post.id}`, { excerpt: 'Changed on the site.' }, wp.appPassword2);
    await r.publishing.sync.sync(siteId);
    expect(bodyPlainText(r.library.stories.get(story.id).body)).toBe('Copy-edited draft.');

    // Pushing back meets the site's change: a conflict, resolved by keeping ours.
    const job = await r.publishing.publishing.publish({ storyId: story.id, siteId, status: 'pending', overrideWarnings: true });
    expect((await r.publishing.outbox.waitFor(job.id)).state).toBe('conflict');
    r.publishing.publishing.resolve(job.id, 'ours');
    expect((await r.publishing.outbox.waitFor(job.id)).state).toBe('done');
    const back = await rest<{ id: number; status: string; content: { raw: string } }[]>(wp, 'GET', `/wp/v2/posts?slug=for-review-${u}&status=any&context=edit`);
    expect(back).toHaveLength(1);
    expect(back[0]!.id).toBe(post.id);
    expect(back[0]!.status).toBe('pending');
    expect(back[0]!.content.raw).toContain('Copy-edited draft.');
  }, 120_000);
});
