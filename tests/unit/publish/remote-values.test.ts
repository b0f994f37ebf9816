import { afterEach, describe, expect, it } from 'vitest';
import { PublishState } from '../../../shared/contract/operations/publish';
import { remoteLink, remoteName } from '../../../shared/contract/remote-values';
import { FakeWordPress } from './support/fake-wordpress';
import { addStory, bodyOf, openRig, paragraph, type Rig } from './support/rig';

const rigs: Rig[] = [];
afterEach(async () => {
  for (const r of rigs.splice(0)) await r.close();
});

/** The fake site, with every post it answers rewritten by `spoil` on the way out. */
function spoiledSite(site: FakeWordPress, spoil: (post: Record<string, unknown>) => void): typeof fetch {
  return async (input, init) => {
    const response = await site.fetch(input, init);
    if (!/\/wp\/v2\/posts/.test(String(input)) || !response.ok) return response;
    const body = (await response.json()) as unknown;
    for (const post of Array.isArray(body) ? body : [body]) spoil(post as Record<string, unknown>);
    return new Response(JSON.stringify(body), { status: response.status, headers: response.headers });
  };
}

async function publishThrough(fetch: typeof globalThis.fetch, site: FakeWordPress) {
  const r = openRig({ fetch });
  rigs.push(r);
  const siteId = (await r.publishing.sites.connect({ name: 'Fake', url: site.url, username: site.user.username, password: site.user.password, allowUnprotectedStorage: false })).id;
  const storyId = addStory(r.library, 'A headline', bodyOf(paragraph('Words.')), { standfirst: 'Short.', slug: 'a-headline' });
  const job = await r.publishing.outbox.waitFor((await r.publishing.publishing.publish({ storyId, siteId, status: 'draft', overrideWarnings: true })).id);
  return { r, storyId, job };
}

describe('values a site sends', () => {
  it.each([
    ['a script link', 'javascript:alert(document.cookie)'],
    ['a link that is an object', { href: 'https://evil.example' }],
    ['an oversized link', `https://news.example/${'a'.repeat(5_000)}`],
  ])('%s in a post answer becomes no link; the publish still succeeds and its state is valid', async (_label, link) => {
    const site = new FakeWordPress();
    const { r, storyId, job } = await publishThrough(
      spoiledSite(site, (post) => (post.link = link)),
      site,
    );
    expect(job).toMatchObject({ state: 'done', error: null });
    const state = r.publishing.publishing.state(storyId);
    expect(state.remotes[0]!.link).toBeNull();
    expect(state.log.every((entry) => entry.link === null)).toBe(true);
    expect(PublishState.safeParse(state).success).toBe(true);
  });

  it('a post answer without a usable id fails the job with a readable message, not a crash', async () => {
    const site = new FakeWordPress();
    const { job } = await publishThrough(
      spoiledSite(site, (post) => (post.id = 'ten')),
      site,
    );
    expect(job.state).toBe('failed');
    expect(job.error).toMatch(/no valid id/);
  });

  it('the contract neutralizes a stored bad link and tidies names', () => {
    expect(remoteLink('https://news.example/?p=1')).toBe('https://news.example/?p=1');
    expect(remoteLink('ftp://news.example/file')).toBeNull();
    expect(remoteLink(42)).toBeNull();
    expect(remoteName('  Ed\u0000 Itor\u0007 ')).toBe('Ed Itor');
    expect(remoteName('\u0001\u0002')).toBe('(no name)');
    expect(remoteName('x'.repeat(1_000))).toHaveLength(200);
    const entry = { at: 1, who: 'ed', siteName: 'Fake', storyVersion: 1, action: 'publish', result: 'done', link: 'javascript:alert(1)', message: '' };
    expect(PublishState.parse({ jobs: [], remotes: [], log: [entry] }).log[0]!.link).toBeNull();
  });
});
