import { afterEach, describe, expect, it } from 'vitest';
import { bodyPlainText } from '../../../shared/story/plain-text';
import { FakeWordPress } from './support/fake-wordpress';
import { addStory, bodyOf, openRig, paragraph, type Rig } from './support/rig';

const rigs: Rig[] = [];
afterEach(async () => {
  for (const r of rigs.splice(0)) await r.close();
});

/** A story published to the fake site, then changed both there (by another workstation) and here. */
async function conflicted(site: FakeWordPress) {
  const r = openRig({ fetch: site.fetch });
  rigs.push(r);
  const siteId = (await r.publishing.sites.connect({ name: 'Fake', url: site.url, username: site.user.username, password: site.user.password, allowUnprotectedStorage: false })).id;
  const storyId = addStory(r.library, 'Our headline', bodyOf(paragraph('Our words.')), { standfirst: 'Ours.', slug: 'both-sides' });
  const first = await r.publishing.publishing.publish({ storyId, siteId, status: 'draft', overrideWarnings: true });
  expect((await r.publishing.outbox.waitFor(first.id)).state).toBe('done');
  const postId = r.publishing.publishing.state(storyId).remotes[0]!.remoteId!;
  site.editPost(postId, { title: 'Their headline', excerpt: '<p>Their <em>standfirst</em> &amp; more.</p>', content: '<!-- wp:paragraph -->\n<p>Their words, <strong>rewritten</strong>.</p>\n<!-- /wp:paragraph -->' });
  const ours = r.library.stories.get(storyId);
  r.library.stories.save({ id: storyId, headline: ours.headline, body: bodyOf(paragraph('Our second thoughts.')), fields: ours.fields });
  const second = await r.publishing.publishing.publish({ storyId, siteId, status: 'draft', overrideWarnings: true });
  const job = await r.publishing.outbox.waitFor(second.id);
  return { r, siteId, storyId, postId, job };
}

describe('conflicts with the site’s version', () => {
  it('stops without overwriting when the post changed on the site, and shows both versions', async () => {
    const site = new FakeWordPress();
    const { r, storyId, postId, job } = await conflicted(site);
    expect(job).toMatchObject({ state: 'conflict', errorCode: 'conflict' });
    expect(site.posts.get(postId)!.title.raw).toBe('Their headline');
    const conflict = r.publishing.publishing.conflict(job.id);
    expect(conflict.ours).toMatchObject({ title: 'Our headline', content: 'Our second thoughts.' });
    expect(conflict.theirs).toMatchObject({ title: 'Their headline', content: 'Their words, rewritten.', modifiedGmt: site.posts.get(postId)!.modified_gmt });
    await expect(r.publishing.publishing.publish({ storyId, siteId: job.siteId, status: 'draft', overrideWarnings: true })).rejects.toThrow(/resolve it first/);
  });

  it('keep ours: publishes over the site’s version', async () => {
    const site = new FakeWordPress();
    const { r, postId, job } = await conflicted(site);
    const queued = await r.publishing.publishing.resolve(job.id, 'ours');
    expect(queued.state).toBe('queued');
    expect((await r.publishing.outbox.waitFor(job.id)).state).toBe('done');
    expect(site.posts.get(postId)!.title.raw).toBe('Our headline');
    expect(site.posts.get(postId)!.content.raw).toContain('Our second thoughts.');
  });

  it('keep theirs: copies the site’s words into the story as a new revision, sends nothing, and the next publish has no conflict', async () => {
    const site = new FakeWordPress();
    const { r, siteId, storyId, postId, job } = await conflicted(site);
    const writesBefore = site.count('POST', `/wp/v2/posts/${postId}`);
    const resolved = await r.publishing.publishing.resolve(job.id, 'theirs');
    expect(resolved.state).toBe('cancelled');
    expect(site.count('POST', `/wp/v2/posts/${postId}`)).toBe(writesBefore);

    const story = r.library.stories.get(storyId);
    expect(story.headline).toBe('Their headline');
    expect(story.fields.standfirst).toBe('Their standfirst & more.');
    expect(bodyPlainText(story.body)).toBe('Their words, rewritten.');
    expect(r.library.revisions.list(storyId)[0]).toMatchObject({ kind: 'restore', label: 'The site’s version, kept from Fake' });
    await expect(r.publishing.publishing.resolve(job.id, 'theirs')).rejects.toThrow(/no conflict/);

    const third = await r.publishing.publishing.publish({ storyId, siteId, status: 'draft', overrideWarnings: true });
    expect(await r.publishing.outbox.waitFor(third.id)).toMatchObject({ state: 'done', error: null });
    expect(site.posts.size).toBe(1);
    expect(site.posts.get(postId)!.title.raw).toBe('Their headline');
  });

  it.each([409, 412])('a %i answer to the update fails the job at once, unretried, and changes nothing on the site', async (status) => {
    const site = new FakeWordPress();
    const r = openRig({ fetch: site.fetch });
    rigs.push(r);
    const siteId = (await r.publishing.sites.connect({ name: 'Fake', url: site.url, username: site.user.username, password: site.user.password, allowUnprotectedStorage: false })).id;
    const storyId = addStory(r.library, 'Edited twice', bodyOf(paragraph('First.')), { standfirst: 'Once.', slug: 'edited-twice' });
    await r.publishing.outbox.waitFor((await r.publishing.publishing.publish({ storyId, siteId, status: 'draft', overrideWarnings: true })).id);
    const postId = [...site.posts.keys()][0]!;
    let updates = 0;
    site.setPlan(({ method, route }) => {
      if (method !== 'POST' || route !== `/wp/v2/posts/${postId}`) return 'forward';
      updates++;
      return { status, code: 'rest_edit_conflict', message: 'The post was changed by someone else.' };
    });
    const story = r.library.stories.get(storyId);
    r.library.stories.save({ id: storyId, headline: 'Edited twice, again', body: story.body, fields: story.fields });
    const job = await r.publishing.outbox.waitFor((await r.publishing.publishing.publish({ storyId, siteId, status: 'draft', overrideWarnings: true })).id);
    expect(job).toMatchObject({ state: 'failed', attempts: 1, errorCode: 'remote' });
    expect(job.error).toMatch(/refused the request: “The post was changed by someone else\.”/);
    expect(updates).toBe(1);
    expect(site.posts.get(postId)!.title.raw).toBe('Edited twice');
  });
});
