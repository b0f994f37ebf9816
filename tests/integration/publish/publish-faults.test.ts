import { afterEach, beforeAll, afterAll, describe, expect, it } from 'vitest';
import { wordpressEnv } from '../../support/wordpress/env';
import { startFaultProxy, type FaultProxy } from '../../support/wordpress/fault-proxy';
import { faultRun } from './fault-run';
import { addStory, bodyOf, connect, openRig, paragraph, rest, unique, type Rig } from '../../unit/publish/support/rig';

const wp = wordpressEnv();
let proxy: FaultProxy;
beforeAll(async () => {
  proxy = await startFaultProxy({ target: wp.url, retryAfterSeconds: 1, latencyMs: 200 });
});
afterAll(() => proxy.close());
const rigs: Rig[] = [];
afterEach(async () => {
  proxy.setPlan(() => 'forward');
  for (const r of rigs.splice(0)) await r.close();
});

const isCreate = (method: string, path: string) => method === 'POST' && /\/wp\/v2\/posts(\?|$)/.test(path);

describe('publishing through network faults', () => {
  it('adopts the post whose create answer was lost instead of creating a second one', async () => {
    const r = openRig();
    rigs.push(r);
    const siteId = await connect(r, wp, proxy.url);
    expect(r.publishing.sites.store.get(siteId).apiRoot.startsWith(proxy.url)).toBe(true);
    const u = unique();
    const storyId = addStory(r.library, `Lost answer ${u}`, bodyOf(paragraph('Sent once.')), { standfirst: 'Once.', slug: `lost-answer-${u}` });
    let creates = 0;
    proxy.setPlan(({ method, path }) => (isCreate(method, path) && ++creates === 1 ? 'drop-response' : 'forward'));
    const job = await r.publishing.publishing.publish({ storyId, siteId, status: 'publish', overrideWarnings: true });
    const done = await r.publishing.outbox.waitFor(job.id);
    expect(done.state).toBe('done');
    expect(done.attempts).toBe(1);
    expect(creates).toBe(1);
    const posts = await rest<{ id: number }[]>(wp, 'GET', `/wp/v2/posts?slug=lost-answer-${u}&status=any&context=edit`);
    expect(posts).toHaveLength(1);
    expect(r.publishing.publishing.state(storyId).remotes[0]!.remoteId).toBe(posts[0]!.id);
  });

  it('queues while the site does not answer, survives a restart, and sends when it answers', async () => {
    const first = openRig();
    const siteId = await connect(first, wp, proxy.url);
    const u = unique();
    const storyId = addStory(first.library, `Offline ${u}`, bodyOf(paragraph('Written on a train.')), { standfirst: 'Offline.', slug: `offline-${u}` });
    proxy.setPlan(() => 'reset');
    const job = await first.publishing.publishing.publish({ storyId, siteId, status: 'publish', overrideWarnings: true });
    await expect.poll(() => first.publishing.publishing.state(storyId).jobs[0]!.state, { timeout: 15_000 }).toBe('waiting');
    expect(first.publishing.publishing.state(storyId).jobs[0]!.error).toMatch(/could not reach|did not answer/);
    await first.close();

    proxy.setPlan(() => 'forward');
    const second = openRig({ dir: first.dir, secrets: first.secrets });
    rigs.push(second);
    const done = await second.publishing.outbox.waitFor(job.id);
    expect(done.state).toBe('done');
    expect(await rest<unknown[]>(wp, 'GET', `/wp/v2/posts?slug=offline-${u}&status=any&context=edit`)).toHaveLength(1);
    expect(second.library.stories.get(storyId).status).toBe('published');
  });

  it('honours 503 Retry-After and never retries a wrong password', async () => {
    const r = openRig();
    rigs.push(r);
    const siteId = await connect(r, wp, proxy.url);
    const u = unique();
    const storyId = addStory(r.library, `Busy ${u}`, bodyOf(paragraph('Busy site.')), { standfirst: 'Busy.', slug: `busy-${u}` });
    let unavailable = 0;
    proxy.setPlan(({ method, path }) => (isCreate(method, path) && ++unavailable <= 1 ? 'unavailable' : 'forward'));
    const job = await r.publishing.publishing.publish({ storyId, siteId, status: 'publish', overrideWarnings: true });
    const waiting = await new Promise<number>((resolve) => {
      const check = setInterval(() => {
        const j = r.publishing.publishing.state(storyId).jobs[0]!;
        if (j.state === 'waiting') {
          clearInterval(check);
          resolve(j.nextAttemptAt - j.updatedAt);
        }
      }, 20);
    });
    expect(waiting).toBeGreaterThanOrEqual(900);
    expect((await r.publishing.outbox.waitFor(job.id)).state).toBe('done');

    // A revoked password: failed at once with the fix, not retried.
    await r.secrets.set(`wordpress-site:${siteId}:application-password`, 'zzzz zzzz zzzz zzzz zzzz zzzz');
    const story = r.library.stories.get(storyId);
    r.library.stories.save({ id: storyId, headline: story.headline, body: bodyOf(paragraph('Changed.')), fields: story.fields });
    const denied = await r.publishing.publishing.publish({ storyId, siteId, status: 'publish', overrideWarnings: true }).catch((e: Error) => e);
    // The slug check already meets the wrong password.
    expect(denied).toBeInstanceOf(Error);
    expect((denied as Error).message).toMatch(/did not accept the username and application password/);
    // A job meeting it fails at once, with the fix, after one attempt.
    let requests = 0;
    proxy.setPlan(() => (requests++, 'forward'));
    const down = r.publishing.publishing.takeDown(storyId, siteId, 'unpublish');
    const failed = await r.publishing.outbox.waitFor(down.id);
    expect(failed).toMatchObject({ state: 'failed', attempts: 1 });
    expect(failed.error).toMatch(/create a new application password/);
    expect(requests).toBeLessThanOrEqual(2);
  });

  // `bash scripts/fault-run.sh 200` runs the full count; the suite runs a short one.
  const count = Number(process.env.FAULT_RUN_COUNT ?? 20);
  const seed = Number(process.env.FAULT_RUN_SEED ?? 20261126);
  it(`${count} publishes through random faults end with exactly ${count} posts, none missing, none duplicated`, async () => {
    const r = openRig();
    rigs.push(r);
    const siteId = await connect(r, wp, proxy.url);
    const result = await faultRun(r, siteId, proxy, wp, count, seed);
    console.log(`[fault-run] ${JSON.stringify({ seed, ...result })}`);
    expect(result).toMatchObject({ stories: count, posts: count, missing: 0, duplicated: 0, failedJobs: 0 });
    expect(result.applied['drop-response'] + result.applied.reset + result.applied.unavailable).toBeGreaterThan(0);
  }, 60_000 + count * 5_000);
});
