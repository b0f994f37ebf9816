import { afterEach, describe, expect, it } from 'vitest';
import { wordpressEnv } from '../../support/wordpress/env';
import { addImage, addStory, bodyOf, connect, heading, imageNode, openRig, paragraph, pullQuote, quote, rest, unique, type Rig } from '../../unit/publish/support/rig';

const wp = wordpressEnv();
const rigs: Rig[] = [];
afterEach(async () => {
  for (const r of rigs.splice(0)) await r.close();
});

interface Media {
  id: number;
  alt_text: string;
  caption: { raw: string };
  title: { raw: string };
  slug: string;
  media_type: string;
  source_url: string;
}

describe('publishing a story shaped like the reference page', () => {
  it('uploads each image once per site with alt text and caption, sets the featured image, and re-uploads nothing on republish', async () => {
    const r = openRig();
    rigs.push(r);
    const siteId = await connect(r, wp);
    const u = unique();
    const featured = await addImage(r, { alt: 'Ballot boxes stacked in a gym', caption: 'Counting in Ohio', credit: 'Photo: Desk' });
    const inline1 = await addImage(r, { alt: 'A poll worker', caption: 'Poll worker at dawn' });
    const inline2 = await addImage(r, { alt: 'Queue outside', caption: 'The queue' });
    const election = r.library.sections.create(`Election ${u}`, null);
    const us = r.library.sections.create('US Election', election.id);
    const storyId = addStory(
      r.library,
      `Washington-Baghdad Dialogue ${u}`,
      bodyOf(
        paragraph('Both sides expressed a commitment to constructive engagement.'),
        heading('The talks'),
        imageNode(inline1.id, 'Poll worker at dawn'),
        quote('We will stay as long as we are asked to.'),
        pullQuote('A commitment to constructive engagement', 'A diplomat'),
        heading('What comes next'),
        imageNode(inline2.id, 'The queue', 'People queueing outside a school'),
        paragraph('Talks resume next month.'),
      ),
      { standfirst: 'Talks on the troops’ presence.', byline: ['Desk Reporter'], tags: [`talks-${u}`], sectionIds: [us.id], featuredImageId: featured.id, slug: `dialogue-${u}` },
    );
    // Nothing to fix; what the test site will not show is said (no user or byline field for “Desk Reporter”, Twenty Twenty-Three's excerpts only in lists).
    expect((await r.publishing.publishing.checklist(storyId, siteId)).items.map((i) => `${i.level}:${i.id}`)).toEqual(['warning:byline', 'warning:excerpt']);

    const job = await r.publishing.publishing.publish({ storyId, siteId, status: 'publish', overrideWarnings: true });
    const done = await r.publishing.outbox.waitFor(job.id);
    expect(done.error).toBeNull();
    const sent = r.publishing.outbox.lastOutcome!.mediaBytes;
    // Each image's site copy went up, never its original (which carries the camera's GPS).
    expect(sent).toBe(featured.siteBytes + inline1.siteBytes + inline2.siteBytes);

    const remoteId = r.publishing.publishing.state(storyId).remotes[0]!.remoteId!;
    const post = await rest<{ featured_media: number; content: { raw: string }; excerpt: { raw: string }; categories: number[] }>(wp, 'GET', `/wp/v2/posts/${remoteId}?context=edit`);
    const attachments = await rest<Media[]>(wp, 'GET', `/wp/v2/media?parent=0&per_page=100&context=edit&slug=${[featured, inline1, inline2].map((i) => `pw-${i.sha256.slice(0, 24)}`).join(',')}`);
    expect(attachments).toHaveLength(3);
    const bySlug = new Map(attachments.map((a) => [a.slug, a]));
    const f = bySlug.get(`pw-${featured.sha256.slice(0, 24)}`)!;
    expect(post.featured_media).toBe(f.id);
    expect(f.alt_text).toBe('Ballot boxes stacked in a gym');
    expect(f.caption.raw).toBe('Counting in Ohio');
    expect(f.media_type).toBe('image');
    // The file the site serves carries no EXIF at all: no GPS, no camera.
    const served = Buffer.from(await (await fetch(f.source_url)).arrayBuffer());
    expect(served.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
    for (const marker of ['Exif\0\0', 'Canon', 'EOS R5']) expect(served.includes(Buffer.from(marker, 'latin1'))).toBe(false);
    // The node's own alt text wins over the library's.
    expect(bySlug.get(`pw-${inline2.sha256.slice(0, 24)}`)!.alt_text).toBe('People queueing outside a school');
    const i1 = bySlug.get(`pw-${inline1.sha256.slice(0, 24)}`)!;
    expect(post.content.raw).toContain(`"id":${i1.id}`);
    expect(post.content.raw).toContain('Poll worker at dawn');
    expect(post.content.raw).toContain('<!-- wp:heading -->');
    expect(post.content.raw).toContain('<!-- wp:quote -->');
    expect(post.content.raw).toContain('wp:pullquote');
    expect(post.excerpt.raw).toBe('Talks on the troops’ presence.');

    // Republishing unchanged: no media bytes at all, same attachments.
    const again = await r.publishing.publishing.publish({ storyId, siteId, status: 'publish', overrideWarnings: true });
    expect((await r.publishing.outbox.waitFor(again.id)).state).toBe('done');
    expect(r.publishing.outbox.lastOutcome!.mediaBytes).toBe(0);

    // Another story with the same featured image reuses its attachment.
    const other = addStory(r.library, `Second story ${u}`, bodyOf(paragraph('More.')), { standfirst: 'More.', sectionIds: [us.id], featuredImageId: featured.id, slug: `second-${u}` });
    const third = await r.publishing.publishing.publish({ storyId: other, siteId, status: 'draft', overrideWarnings: true });
    expect((await r.publishing.outbox.waitFor(third.id)).state).toBe('done');
    expect(r.publishing.outbox.lastOutcome!.mediaBytes).toBe(0);
    const otherPost = await rest<{ featured_media: number }>(wp, 'GET', `/wp/v2/posts/${r.publishing.publishing.state(other).remotes[0]!.remoteId}?context=edit`);
    expect(otherPost.featured_media).toBe(f.id);
  }, 120_000);

  it('blocks an image without alt text', async () => {
    const r = openRig();
    rigs.push(r);
    const siteId = await connect(r, wp);
    const u = unique();
    const img = await addImage(r, { alt: '', caption: 'No alt' });
    const storyId = addStory(r.library, `No alt ${u}`, bodyOf(imageNode(img.id)), { standfirst: 'x', slug: `no-alt-${u}`, featuredImageId: img.id });
    const items = (await r.publishing.publishing.checklist(storyId, siteId)).items;
    expect(items.map((i) => `${i.level}:${i.id}`)).toContain('blocker:alt-text');
  }, 60_000);
});
