import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { mediaReferences } from '../../../shared/media/media-references';
import { bodyPlainText } from '../../../shared/story/plain-text';
import { wordpressEnv } from '../../support/wordpress/env';
import { addStory, bodyOf, connect, imageBlock, openRig, paragraph, randomJpeg, rest, siteMediaCount, unique, uploadToSite, type Rig } from '../../unit/publish/support/rig';

const wp = wordpressEnv();
const rigs: Rig[] = [];
afterEach(async () => {
  for (const r of rigs.splice(0)) await r.close();
});

interface WpPost {
  id: number;
  title: { raw: string };
  excerpt: { raw: string };
  content: { raw: string };
}

describe('keep theirs after a conflict', () => {
  it('copies the site’s headline, standfirst and text (with its image) into the story as a new revision, then publishes without a conflict', async () => {
    const r = openRig();
    rigs.push(r);
    const saves: { id: string; version: number }[] = [];
    r.events.subscribe((name, payload) => {
      if (name === 'storySaved') saves.push(payload as { id: string; version: number });
    });
    const siteId = await connect(r, wp);
    const u = unique();
    const storyId = addStory(r.library, `Our headline ${u}`, bodyOf(paragraph('Our words.')), { standfirst: 'Ours.', slug: `keep-theirs-${u}` });
    const first = await r.publishing.publishing.publish({ storyId, siteId, status: 'draft', overrideWarnings: true });
    expect((await r.publishing.outbox.waitFor(first.id)).state).toBe('done');
    const remoteId = r.publishing.publishing.state(storyId).remotes[0]!.remoteId!;

    // Another workstation rewrites the post on the site, with a picture (dates have one-second precision).
    const bytes = await randomJpeg();
    const attachment = await uploadToSite(wp, bytes, `theirs-${u}.jpg`, { alt: 'A crowd at the gates', caption: 'Outside the hall' });
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const theirContent = `<!-- wp:paragraph -->\n<p>Their words, <strong>rewritten</strong>.</p>\n<!-- /wp:paragraph -->\n\n${imageBlock(attachment.id, attachment.source_url)}`;
    await rest(wp, 'POST', `/wp/v2/posts/${remoteId}`, { title: `Their headline ${u}`, excerpt: '<p>Their <em>standfirst</em> &amp; more.</p>', content: theirContent }, wp.appPassword2);

    // Meanwhile we edit here too, and publishing meets their change.
    const ours = r.library.stories.get(storyId);
    r.library.stories.save({ id: storyId, headline: ours.headline, body: bodyOf(paragraph('Our second thoughts.')), fields: ours.fields });
    const second = await r.publishing.publishing.publish({ storyId, siteId, status: 'draft', overrideWarnings: true });
    expect((await r.publishing.outbox.waitFor(second.id)).state).toBe('conflict');
    const revisionsBefore = r.library.revisions.list(storyId).length;
    saves.length = 0;

    const resolved = await r.publishing.publishing.resolve(second.id, 'theirs');
    expect(resolved.state).toBe('cancelled');

    const story = r.library.stories.get(storyId);
    expect(story.headline).toBe(`Their headline ${u}`);
    expect(story.fields.standfirst).toBe('Their standfirst & more.');
    expect(bodyPlainText(story.body)).toContain('Their words, rewritten.');
    expect(bodyPlainText(story.body)).not.toContain('second thoughts');
    const [image] = mediaReferences(story.body);
    const item = r.media.store.get(image!.mediaId);
    expect(item.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(item.alt).toBe('A crowd at the gates');

    const revisions = r.library.revisions.list(storyId);
    expect(revisions.length).toBeGreaterThan(revisionsBefore);
    expect(revisions[0]).toMatchObject({ kind: 'restore', label: 'The site’s version, kept from Staging' });
    expect(r.library.revisions.get(revisions[0]!.id).headline).toBe(`Their headline ${u}`);
    expect(saves).toEqual([expect.objectContaining({ id: storyId, version: story.version })]);
    const remote = r.db.prepare('SELECT synced_version, modified_gmt FROM story_remote WHERE story_id = ? AND site_id = ?').get(storyId, siteId) as { synced_version: number; modified_gmt: string };
    expect(remote.synced_version).toBe(story.version);
    const site = await rest<WpPost & { modified_gmt: string }>(wp, 'GET', `/wp/v2/posts/${remoteId}?context=edit`);
    expect(remote.modified_gmt).toBe(site.modified_gmt);
    await expect(r.publishing.publishing.resolve(second.id, 'theirs')).rejects.toThrow(/no conflict/);

    // In step with the site: the next publish updates the post, with no conflict and no new upload.
    const mediaBefore = await siteMediaCount(wp);
    const third = await r.publishing.publishing.publish({ storyId, siteId, status: 'draft', overrideWarnings: true });
    const done = await r.publishing.outbox.waitFor(third.id);
    expect(done.error).toBeNull();
    expect(done.state).toBe('done');
    expect(await siteMediaCount(wp)).toBe(mediaBefore);
    const after = await rest<WpPost>(wp, 'GET', `/wp/v2/posts/${remoteId}?context=edit`);
    expect(after.title.raw).toBe(`Their headline ${u}`);
    expect(after.content.raw).toContain('Their words, <strong>rewritten</strong>.');
    expect(after.content.raw).toContain(`"id":${attachment.id}`);
    expect(after.excerpt.raw).toMatch(/^Their standfirst &(amp;)? more\.$/);
  }, 120_000);
});
