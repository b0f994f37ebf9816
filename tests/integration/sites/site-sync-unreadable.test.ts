import { afterEach, describe, expect, it, vi } from 'vitest';
import { bodyPlainText } from '../../../shared/story/plain-text';
import { wordpressEnv } from '../../support/wordpress/env';
import { connect, openRig, rest, storyBySlug, unique, type Rig } from '../../unit/publish/support/rig';

// A converter failure on one post, standing in for content no version of Presswork can read yet.
vi.mock('../../../electron/wordpress/post-text', async (load) => {
  const real = await load<typeof import('../../../electron/wordpress/post-text')>();
  return {
    ...real,
    postText: (...args: Parameters<typeof real.postText>) => {
      if ((args[0].title.raw ?? '').startsWith('Unreadable')) throw new RangeError('Maximum call stack size exceeded');
      return real.postText(...args);
    },
  };
});

const wp = wordpressEnv();
const rigs: Rig[] = [];
afterEach(async () => {
  for (const r of rigs.splice(0)) await r.close();
});


describe('a sync survives any single post', () => {
  it('leaves out a post it cannot read, saying why, and goes on with the rest and past it', async () => {
    const r = openRig();
    rigs.push(r);
    const siteId = await connect(r, wp);
    const u = unique();
    const post = (title: string, slug: string, content: string) =>
      rest<{ id: number }>(wp, 'POST', '/wp/v2/posts', { title, slug, content, status: 'draft' }, wp.appPassword2);
    const bad = await post(`Unreadable ${u}`, `unreadable-${u}`, '<!-- wp:paragraph -->\n<p>Cannot be read.</p>\n<!-- /wp:paragraph -->');
    // Real content nested 5,000 deep: read (its words kept), not skipped.
    const deep = `${'<div>'.repeat(5000)}Deep words ${u}${'</div>'.repeat(5000)}`;
    await post(`Deep ${u}`, `deep-${u}`, deep);
    await post(`After ${u}`, `after-${u}`, '<!-- wp:paragraph -->\n<p>Read after the bad one.</p>\n<!-- /wp:paragraph -->');

    // The site is shared with other test files: only this test's posts are ours to count.
    const ours = (failures: Array<{ title: string }>) => failures.filter((f) => f.title.endsWith(u));
    const summary = await r.publishing.sync.sync(siteId);
    expect(summary.postsFailed).toBeGreaterThanOrEqual(1);
    expect(ours(summary.failures)).toEqual([{ postId: bad.id, title: `Unreadable ${u}`, reason: expect.stringContaining('Maximum call stack size exceeded') }]);
    expect(storyBySlug(r, `unreadable-${u}`)).toBeNull();
    expect(bodyPlainText(storyBySlug(r, `deep-${u}`)!.body)).toContain(`Deep words ${u}`);
    expect(bodyPlainText(storyBySlug(r, `after-${u}`)!.body)).toBe('Read after the bad one.');

    // The cursor moves past it: the next sync may read it once more (the cursor steps back one second
    // for posts saved in the same second), and once a later post has moved the cursor on, never again.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await post(`Later ${u}`, `later-${u}`, '<!-- wp:paragraph -->\n<p>Later.</p>\n<!-- /wp:paragraph -->');
    await r.publishing.sync.sync(siteId);
    expect(storyBySlug(r, `later-${u}`)).not.toBeNull();
    const again = await r.publishing.sync.sync(siteId);
    expect(ours(again.failures)).toEqual([]);
  }, 120_000);
});
