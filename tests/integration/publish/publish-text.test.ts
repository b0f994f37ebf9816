import { afterEach, describe, expect, it } from 'vitest';
import { wordpressEnv } from '../../support/wordpress/env';
import { addStory, bodyOf, connect, heading, openRig, paragraph, quote, rest, unique, type Rig } from '../../unit/publish/support/rig';

const wp = wordpressEnv();
const rigs: Rig[] = [];
afterEach(async () => {
  for (const r of rigs.splice(0)) await r.close();
});
function rig() {
  const r = openRig();
  rigs.push(r);
  return r;
}

interface WpPost {
  id: number;
  slug: string;
  status: string;
  link: string;
  modified_gmt: string;
  title: { raw: string };
  excerpt: { raw: string };
  content: { raw: string };
  categories: number[];
  tags: number[];
}

describe('publishing a text story to the real WordPress', () => {
  it('creates the post with every field, records it locally in one go, and updates the same post afterwards', async () => {
    const r = rig();
    const siteId = await connect(r, wp);
    const u = unique();
    const election = r.library.sections.create(`Election ${u}`, null);
    const us = r.library.sections.create('US Election', election.id);
    const storyId = addStory(r.library, `Votes counted ${u}`, bodyOf(paragraph('All votes are in.'), heading('What next'), quote('It is over.')), {
      standfirst: 'The count ended overnight.',
      tags: [`count-${u}`, 'Results'],
      sectionIds: [us.id],
      slug: `votes-counted-${u}`,
    });

    const checklist = await r.publishing.publishing.checklist(storyId, siteId);
    // Twenty Twenty-Three, the test site's theme, shows the excerpt (the standfirst) only in lists.
    expect(checklist.items.map((i) => i.id)).toEqual(['featured-image', 'excerpt']);
    const job = await r.publishing.publishing.publish({ storyId, siteId, status: 'publish', overrideWarnings: true });
    const finished = await r.publishing.outbox.waitFor(job.id);
    expect(finished.error).toBeNull();
    expect(finished.state).toBe('done');

    const remote = r.publishing.publishing.state(storyId).remotes[0]!;
    const post = await rest<WpPost>(wp, 'GET', `/wp/v2/posts/${remote.remoteId}?context=edit`);
    expect(post.title.raw).toBe(`Votes counted ${u}`);
    expect(post.excerpt.raw).toBe('The count ended overnight.');
    expect(post.slug).toBe(`votes-counted-${u}`);
    expect(post.status).toBe('publish');
    expect(post.content.raw).toContain('<!-- wp:paragraph -->');
    expect(post.content.raw).toContain('What next');
    const cats = await Promise.all(post.categories.map((id) => rest<{ name: string; parent: number }>(wp, 'GET', `/wp/v2/categories/${id}`)));
    expect(cats.map((c) => c.name)).toEqual(['US Election']);
    const parent = await rest<{ name: string }>(wp, 'GET', `/wp/v2/categories/${cats[0]!.parent}`);
    expect(parent.name).toBe(`Election ${u}`);
    const tags = await Promise.all(post.tags.map((id) => rest<{ name: string }>(wp, 'GET', `/wp/v2/tags/${id}`)));
    expect(tags.map((t) => t.name).sort()).toEqual([`count-${u}`, 'Results'].sort());

    // Recorded locally with the story's move to Published.
    expect(r.library.stories.get(storyId).status).toBe('published');
    expect(remote).toMatchObject({ remoteId: post.id, link: post.link, modifiedGmt: post.modified_gmt, remoteStatus: 'publish' });
    const log = r.publishing.publishing.state(storyId).log;
    expect(log[0]).toMatchObject({ result: 'published', link: post.link, siteName: 'Staging', who: wp.user });
    expect(r.progress.filter((p) => p.id === job.id).map((p) => p.state)).toEqual(expect.arrayContaining(['running', 'done']));
    expect(r.library.revisions.list(storyId).find((rev) => rev.kind === 'publish')).toMatchObject({ label: 'published on Staging', status: 'published' });

    // An update goes to the same post.
    const story = r.library.stories.get(storyId);
    r.library.stories.save({ id: storyId, headline: story.headline, body: bodyOf(paragraph('All votes are in, and counted twice.')), fields: story.fields });
    const again = await r.publishing.publishing.publish({ storyId, siteId, status: 'publish', overrideWarnings: true });
    expect((await r.publishing.outbox.waitFor(again.id)).state).toBe('done');
    const same = await rest<WpPost[]>(wp, 'GET', `/wp/v2/posts?slug=votes-counted-${u}&status=any&context=edit`);
    expect(same).toHaveLength(1);
    expect(same[0]!.id).toBe(post.id);
    expect(same[0]!.content.raw).toContain('counted twice');
  });

  it('refuses to overwrite a post changed on the site, shows both versions, and keeps ours or theirs on request', async () => {
    const r = rig();
    const siteId = await connect(r, wp);
    const u = unique();
    const storyId = addStory(r.library, `Conflict ${u}`, bodyOf(paragraph('Our words.')), { standfirst: 'Ours.', slug: `conflict-${u}` });
    const first = await r.publishing.publishing.publish({ storyId, siteId, status: 'draft', overrideWarnings: true });
    expect((await r.publishing.outbox.waitFor(first.id)).state).toBe('done');
    expect(r.library.stories.get(storyId).status).toBe('draft');
    const remoteId = r.publishing.publishing.state(storyId).remotes[0]!.remoteId!;

    // Another workstation edits the post between our read and our write (WordPress's dates have one-second precision).
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await rest(wp, 'POST', `/wp/v2/posts/${remoteId}`, { title: `Their title ${u}` }, wp.appPassword2);

    const second = await r.publishing.publishing.publish({ storyId, siteId, status: 'draft', overrideWarnings: true });
    const conflicted = await r.publishing.outbox.waitFor(second.id);
    expect(conflicted.state).toBe('conflict');
    expect((await rest<WpPost>(wp, 'GET', `/wp/v2/posts/${remoteId}?context=edit`)).title.raw).toBe(`Their title ${u}`);
    const both = r.publishing.publishing.conflict(second.id);
    expect(both.ours.title).toBe(`Conflict ${u}`);
    expect(both.theirs.title).toBe(`Their title ${u}`);
    expect(both.theirs.content).toContain('Our words.');
    await expect(r.publishing.publishing.publish({ storyId, siteId, status: 'draft', overrideWarnings: true })).rejects.toThrow(/resolve it first/);

    await r.publishing.publishing.resolve(second.id, 'ours');
    expect((await r.publishing.outbox.waitFor(second.id)).state).toBe('done');
    expect((await rest<WpPost>(wp, 'GET', `/wp/v2/posts/${remoteId}?context=edit`)).title.raw).toBe(`Conflict ${u}`);

    // Keep theirs: nothing is sent, their version becomes the synced one.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await rest(wp, 'POST', `/wp/v2/posts/${remoteId}`, { title: `Theirs again ${u}` }, wp.appPassword2);
    const third = await r.publishing.publishing.publish({ storyId, siteId, status: 'draft', overrideWarnings: true });
    expect((await r.publishing.outbox.waitFor(third.id)).state).toBe('conflict');
    expect((await r.publishing.publishing.resolve(third.id, 'theirs')).state).toBe('cancelled');
    expect((await rest<WpPost>(wp, 'GET', `/wp/v2/posts/${remoteId}?context=edit`)).title.raw).toBe(`Theirs again ${u}`);
    const fourth = await r.publishing.publishing.publish({ storyId, siteId, status: 'draft', overrideWarnings: true });
    expect((await r.publishing.outbox.waitFor(fourth.id)).state).toBe('done');
  });

  it('writes footnotes in the format the site’s WordPress version takes: the list before 6.3, the footnotes block from 6.3', async () => {
    const r = rig();
    const siteId = await connect(r, wp);
    const u = unique();
    const footnote = (note: string) => ({ type: 'footnote', version: 1, note });
    const body = bodyOf({ ...paragraph('Turnout rose.'), children: [...paragraph('Turnout rose.').children, footnote('Electoral commission figures.')] });
    const publishAndRead = async (slug: string) => {
      const storyId = addStory(r.library, `Footnoted ${slug}`, body, { standfirst: 'With a note.', slug });
      const job = await r.publishing.publishing.publish({ storyId, siteId, status: 'draft', overrideWarnings: true });
      expect((await r.publishing.outbox.waitFor(job.id)).error).toBeNull();
      const remote = r.publishing.publishing.state(storyId).remotes[0]!;
      return rest<WpPost>(wp, 'GET', `/wp/v2/posts/${remote.remoteId}?context=edit`);
    };

    // The local WordPress is 6.1: a numbered list, no footnotes block.
    const listed = await publishAndRead(`fn-list-${u}`);
    expect(listed.content.raw).toContain('<sup><a href="#fn-1" id="fn-1-link">1</a></sup>');
    expect(listed.content.raw).toContain('Electoral commission figures.');
    expect(listed.content.raw).not.toContain('wp:footnotes');

    // The same site reporting 6.4 (as after an upgrade): references carry data-fn and the block follows.
    r.db.prepare('UPDATE sites SET wp_version = ? WHERE id = ?').run('6.4.2', siteId);
    const core = await publishAndRead(`fn-core-${u}`);
    expect(core.content.raw).toContain('<sup data-fn="fn-1" class="fn"><a href="#fn-1" id="fn-1-link">1</a></sup>');
    expect(core.content.raw).toContain('<!-- wp:footnotes /-->');
    expect(core.content.raw).not.toContain('<ol>');
  }, 120_000);

  it('schedules, unpublishes back to draft and trashes', async () => {
    const r = rig();
    const siteId = await connect(r, wp);
    const u = unique();
    const storyId = addStory(r.library, `Later ${u}`, bodyOf(paragraph('Tomorrow.')), { standfirst: 'Soon.', slug: `later-${u}` });
    const at = Date.now() + 86_400_000;
    const job = await r.publishing.publishing.publish({ storyId, siteId, status: 'future', scheduledAt: at, overrideWarnings: true });
    expect((await r.publishing.outbox.waitFor(job.id)).state).toBe('done');
    expect(r.library.stories.get(storyId).status).toBe('scheduled');
    const remoteId = r.publishing.publishing.state(storyId).remotes[0]!.remoteId!;
    const post = await rest<WpPost & { date_gmt: string }>(wp, 'GET', `/wp/v2/posts/${remoteId}?context=edit`);
    expect(post.status).toBe('future');
    expect(post.date_gmt).toBe(new Date(at).toISOString().slice(0, 19));

    const down = r.publishing.publishing.takeDown(storyId, siteId, 'unpublish');
    expect((await r.publishing.outbox.waitFor(down.id)).state).toBe('done');
    expect((await rest<WpPost>(wp, 'GET', `/wp/v2/posts/${remoteId}?context=edit`)).status).toBe('draft');
    expect(r.library.stories.get(storyId).status).toBe('ready');

    const trash = r.publishing.publishing.takeDown(storyId, siteId, 'trash');
    expect((await r.publishing.outbox.waitFor(trash.id)).state).toBe('done');
    expect((await rest<WpPost>(wp, 'GET', `/wp/v2/posts/${remoteId}?context=edit`)).status).toBe('trash');
    expect(r.publishing.publishing.state(storyId).log.map((l) => l.result).slice(0, 2)).toEqual(['trashed', 'queued']);
  });

  it('publishes a scheduled post now when asked to, also after it was unpublished, and never redates a live post (#14.9)', async () => {
    const r = rig();
    const siteId = await connect(r, wp);
    const u = unique();
    const storyId = addStory(r.library, `Now not later ${u}`, bodyOf(paragraph('Moved up.')), { standfirst: 'Sooner.', slug: `now-not-later-${u}` });
    const run = async (status: 'publish' | 'future') => {
      const job = await r.publishing.publishing.publish({ storyId, siteId, status, scheduledAt: status === 'future' ? Date.now() + 86_400_000 : undefined, overrideWarnings: true });
      expect((await r.publishing.outbox.waitFor(job.id)).state).toBe('done');
    };
    const read = async () => rest<WpPost & { date_gmt: string }>(wp, 'GET', `/wp/v2/posts/${r.publishing.publishing.state(storyId).remotes[0]!.remoteId}?context=edit`);
    const datedNow = (post: { date_gmt: string }) => Math.abs(Date.parse(`${post.date_gmt}Z`) - Date.now()) < 60_000;

    await run('future');
    expect((await read()).status).toBe('future');
    await run('publish');
    const live = await read();
    expect(live.status).toBe('publish');
    expect(datedNow(live)).toBe(true);
    expect(r.library.stories.get(storyId).status).toBe('published');

    // Scheduled again and unpublished: the draft keeps tomorrow's date, which would hold a plain publish back.
    await run('future');
    const down = r.publishing.publishing.takeDown(storyId, siteId, 'unpublish');
    expect((await r.publishing.outbox.waitFor(down.id)).state).toBe('done');
    expect(Date.parse(`${(await read()).date_gmt}Z`)).toBeGreaterThan(Date.now() + 3_600_000);
    await run('publish');
    const again = await read();
    expect(again.status).toBe('publish');
    expect(datedNow(again)).toBe(true);
    expect(r.library.stories.get(storyId).status).toBe('published');

    // An update of a live post keeps its publication date.
    r.db.prepare(`UPDATE story_remote SET modified_gmt = NULL WHERE story_id = ?`).run(storyId);
    await rest(wp, 'POST', `/wp/v2/posts/${again.id}`, { date_gmt: '2020-01-02T03:04:05' });
    await run('publish');
    expect((await read()).date_gmt).toBe('2020-01-02T03:04:05');
  }, 120_000);

  it('stops at blockers and asks before overriding warnings', async () => {
    const r = rig();
    const siteId = await connect(r, wp);
    const u = unique();
    const tk = addStory(r.library, `TK story ${u}`, bodyOf(paragraph('Turnout was TK.')), { standfirst: 'x', slug: `tk-${u}` });
    await expect(r.publishing.publishing.publish({ storyId: tk, siteId, status: 'publish', overrideWarnings: true })).rejects.toThrow(/Not published: .*TK/);
    const plain = addStory(r.library, `Plain ${u}`, bodyOf(paragraph('Words.')), { slug: `plain-${u}` });
    await expect(r.publishing.publishing.publish({ storyId: plain, siteId, status: 'publish', overrideWarnings: false })).rejects.toThrow(/Publish anyway/);
    expect(r.publishing.publishing.state(plain).jobs).toEqual([]);
  });
});
