import { afterEach, describe, expect, it } from 'vitest';
import { FakeWordPress } from './support/fake-wordpress';
import { addStory, bodyOf, openRig, paragraph, type Rig } from './support/rig';

const rigs: Rig[] = [];
afterEach(async () => {
  for (const r of rigs.splice(0)) await r.close();
});

function rigOn(site: FakeWordPress, reuse: { dir?: string; secrets?: Rig['secrets'] } = {}): Rig {
  const r = openRig({ ...reuse, fetch: site.fetch });
  rigs.push(r);
  return r;
}

async function connectTo(r: Rig, site: FakeWordPress): Promise<string> {
  const profile = await r.publishing.sites.connect({ name: 'Fake', url: site.url, username: site.user.username, password: site.user.password, allowUnprotectedStorage: false });
  return profile.id;
}

const isCreate = (method: string, route: string) => method === 'POST' && route === '/wp/v2/posts';

async function publishStory(r: Rig, siteId: string, headline: string) {
  const storyId = addStory(r.library, headline, bodyOf(paragraph(`${headline}: the words.`)), { standfirst: 'A standfirst.', slug: headline.toLowerCase().replace(/\W+/g, '-') });
  const job = await r.publishing.publishing.publish({ storyId, siteId, status: 'publish', overrideWarnings: true });
  return { storyId, job };
}

describe('the outbox against a fake WordPress', () => {
  it('publishes once: one create, the post linked to the story, the story published', async () => {
    const site = new FakeWordPress();
    const r = rigOn(site);
    const siteId = await connectTo(r, site);
    const { storyId, job } = await publishStory(r, siteId, 'Plain sailing');
    const done = await r.publishing.outbox.waitFor(job.id);
    expect(done).toMatchObject({ state: 'done', attempts: 0, error: null });
    expect(site.count('POST', '/wp/v2/posts')).toBe(1);
    const [post] = [...site.posts.values()];
    expect(post).toMatchObject({ slug: 'plain-sailing', status: 'publish', title: { raw: 'Plain sailing' } });
    expect(post!.content.raw).toContain('Plain sailing: the words.');
    expect(r.publishing.publishing.state(storyId).remotes[0]).toMatchObject({ remoteId: post!.id, remoteStatus: 'publish', modifiedGmt: post!.modified_gmt });
    expect(r.library.stories.get(storyId).status).toBe('published');
    expect(r.publishing.publishing.state(storyId).log.map((l) => l.result)).toEqual(expect.arrayContaining(['queued', 'published']));
  });

  it('never retries a create inline; after a 500 the job waits, then sends once more and makes one post', async () => {
    const site = new FakeWordPress();
    const r = rigOn(site);
    const siteId = await connectTo(r, site);
    let creates = 0;
    site.setPlan(({ method, route }) => (isCreate(method, route) && ++creates === 1 ? { status: 500 } : 'forward'));
    const { storyId, job } = await publishStory(r, siteId, 'Server hiccup');
    await expect.poll(() => r.publishing.publishing.state(storyId).log.map((l) => l.result)).toContain('waiting');
    const done = await r.publishing.outbox.waitFor(job.id);
    expect(done).toMatchObject({ state: 'done', attempts: 1 });
    expect(creates).toBe(2);
    expect(site.posts.size).toBe(1);
  });

  it('waits as long as a 503 Retry-After asks before the next attempt', async () => {
    const site = new FakeWordPress();
    const r = rigOn(site);
    const siteId = await connectTo(r, site);
    let unavailable = 0;
    site.setPlan(({ method, route }) => (isCreate(method, route) && ++unavailable === 1 ? { status: 503, code: 'unavailable', message: 'Down for maintenance', retryAfter: '1' } : 'forward'));
    const { storyId, job } = await publishStory(r, siteId, 'Maintenance');
    await expect.poll(() => r.publishing.publishing.state(storyId).jobs[0]!.state).toBe('waiting');
    const waiting = r.publishing.publishing.state(storyId).jobs[0]!;
    // The site's one second, not the rig's back-off (at most 400 ms); the job's clock reads come a moment apart.
    expect(waiting.nextAttemptAt - waiting.updatedAt).toBeGreaterThan(900);
    expect(waiting.nextAttemptAt - waiting.updatedAt).toBeLessThanOrEqual(1_000);
    expect(waiting.error).toMatch(/internal error \(HTTP 503\)/);
    expect((await r.publishing.outbox.waitFor(job.id)).state).toBe('done');
    expect(site.posts.size).toBe(1);
  });

  it('retries idempotent requests inline: two 502s on an update, then it goes through within the same attempt', async () => {
    const site = new FakeWordPress();
    const r = rigOn(site);
    const siteId = await connectTo(r, site);
    const { storyId, job } = await publishStory(r, siteId, 'Second edition');
    await r.publishing.outbox.waitFor(job.id);
    const postId = [...site.posts.keys()][0]!;
    let updates = 0;
    site.setPlan(({ method, route }) => (method === 'POST' && route === `/wp/v2/posts/${postId}` && ++updates <= 2 ? { status: 502 } : 'forward'));
    const story = r.library.stories.get(storyId);
    r.library.stories.save({ id: storyId, headline: 'Second edition, updated', body: story.body, fields: story.fields });
    const again = await r.publishing.publishing.publish({ storyId, siteId, status: 'publish', overrideWarnings: true });
    expect(await r.publishing.outbox.waitFor(again.id)).toMatchObject({ state: 'done', attempts: 0 });
    expect(updates).toBe(3);
    expect(site.posts.get(postId)!.title.raw).toBe('Second edition, updated');
  });

  it('a timeout before the site saw the create: the job waits, then creates the post once', async () => {
    const site = new FakeWordPress();
    const r = rigOn(site);
    const siteId = await connectTo(r, site);
    let creates = 0;
    site.setPlan(({ method, route }) => (isCreate(method, route) && ++creates === 1 ? 'timeout' : 'forward'));
    const { storyId, job } = await publishStory(r, siteId, 'Slow line');
    await expect.poll(() => r.publishing.publishing.state(storyId).log.find((l) => l.result === 'waiting')?.message).toMatch(/did not answer in time/);
    expect(await r.publishing.outbox.waitFor(job.id)).toMatchObject({ state: 'done', attempts: 1 });
    expect(site.posts.size).toBe(1);
  });

  it('the network fails after the site committed the create: the next attempt adopts that post instead of making a second', async () => {
    const site = new FakeWordPress();
    const r = rigOn(site);
    const siteId = await connectTo(r, site);
    let creates = 0;
    site.setPlan(({ method, route }) => (isCreate(method, route) && ++creates === 1 ? 'drop-response' : 'forward'));
    const { storyId, job } = await publishStory(r, siteId, 'Lost answer');
    expect(await r.publishing.outbox.waitFor(job.id)).toMatchObject({ state: 'done', attempts: 1 });
    expect(creates).toBe(1);
    expect(site.posts.size).toBe(1);
    expect(r.publishing.publishing.state(storyId).remotes[0]!.remoteId).toBe([...site.posts.keys()][0]);
  });

  it('a trash whose answer was lost is tried again, meets 410 rest_already_trashed, and ends done', async () => {
    const site = new FakeWordPress();
    const r = rigOn(site);
    const siteId = await connectTo(r, site);
    const { storyId, job } = await publishStory(r, siteId, 'Gone tomorrow');
    await r.publishing.outbox.waitFor(job.id);
    let deletes = 0;
    site.setPlan(({ method }) => (method === 'DELETE' && ++deletes === 1 ? 'drop-response' : 'forward'));
    const down = r.publishing.publishing.takeDown(storyId, siteId, 'trash');
    expect(await r.publishing.outbox.waitFor(down.id)).toMatchObject({ state: 'done', step: 'trashed' });
    expect(deletes).toBe(2);
    expect([...site.posts.values()][0]!.status).toBe('trash');
    expect(r.publishing.publishing.state(storyId).remotes[0]!.remoteStatus).toBe('trash');
  });

  it('queues while the site cannot be reached, survives a restart, and sends when it answers', async () => {
    const site = new FakeWordPress();
    const first = openRig({ fetch: site.fetch });
    const siteId = await connectTo(first, site);
    site.setPlan(() => 'reset');
    const { storyId, job } = await publishStory(first, siteId, 'On a train');
    await expect.poll(() => first.publishing.publishing.state(storyId).jobs[0]!.state).toBe('waiting');
    expect(first.publishing.publishing.state(storyId).jobs[0]!.error).toMatch(/could not reach/);
    await first.close();

    site.setPlan(() => 'forward');
    const second = rigOn(site, { dir: first.dir, secrets: first.secrets });
    expect((await second.publishing.outbox.waitFor(job.id)).state).toBe('done');
    expect(site.posts.size).toBe(1);
    expect(second.library.stories.get(storyId).status).toBe('published');
  });

  it('a wrong password fails the job at once with the fix, after one attempt and no retries', async () => {
    const site = new FakeWordPress();
    const r = rigOn(site);
    const siteId = await connectTo(r, site);
    const { storyId, job } = await publishStory(r, siteId, 'Revoked');
    await r.publishing.outbox.waitFor(job.id);
    await r.secrets.set(`wordpress-site:${siteId}:application-password`, 'zzzzzzzzzzzzzzzzzzzzzzzz');
    const before = site.requests.length;
    const down = r.publishing.publishing.takeDown(storyId, siteId, 'unpublish');
    const failed = await r.publishing.outbox.waitFor(down.id);
    expect(failed).toMatchObject({ state: 'failed', attempts: 1 });
    expect(failed.error).toMatch(/create a new application password/);
    expect(site.requests.length - before).toBe(1);
  });
});
