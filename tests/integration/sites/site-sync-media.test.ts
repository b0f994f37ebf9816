import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { WordPressClient } from '../../../electron/wordpress/wordpress-client';
import type { ImportProgress } from '../../../shared/media/media-schema';
import { mediaReferences } from '../../../shared/media/media-references';
import { wordpressEnv } from '../../support/wordpress/env';
import { connect, imageBlock, openRig, randomJpeg, rest, siteMediaCount, storyBySlug, unique, uploadToSite, type Rig } from '../../unit/publish/support/rig';

const wp = wordpressEnv();
const rigs: Rig[] = [];
afterEach(async () => {
  for (const r of rigs.splice(0)) await r.close();
});

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');


/** Import batches of the media library per file name: one batch is one download brought in. */
function importsByName(r: Rig): Map<string, Set<string>> {
  const batches = new Map<string, Set<string>>();
  r.events.subscribe((name, payload) => {
    if (name !== 'mediaImportProgress') return;
    const progress = payload as ImportProgress;
    const seen = batches.get(progress.file.name) ?? new Set<string>();
    seen.add(progress.batchId);
    batches.set(progress.file.name, seen);
  });
  return batches;
}

const paragraph = (text: string) => `<!-- wp:paragraph -->\n<p>${text}</p>\n<!-- /wp:paragraph -->`;

describe('sync brings the site’s images into the media library', () => {
  it('imports each attachment once with its alt text and caption, points the story at it, and publishing back uploads nothing', async () => {
    const r = openRig();
    rigs.push(r);
    const imports = importsByName(r);
    const siteId = await connect(r, wp);
    const u = unique();
    const bytes = await randomJpeg();
    const filename = `harbour-${u}.jpg`;
    const attachment = await uploadToSite(wp, bytes, filename, { alt: 'Fishing boats moored at dawn', caption: 'The harbour at first light' });
    const content = [paragraph('The boats came in early.'), imageBlock(attachment.id, attachment.source_url), paragraph('Then the market opened.')].join('\n\n');
    const post = await rest<{ id: number }>(wp, 'POST', '/wp/v2/posts', { title: `Harbour ${u}`, content, excerpt: 'Dawn at the harbour.', status: 'draft', slug: `harbour-${u}`, featured_media: attachment.id }, wp.appPassword2);
    // A second post using the same attachment: still one download.
    await rest(wp, 'POST', '/wp/v2/posts', { title: `Harbour again ${u}`, content, status: 'draft', slug: `harbour-again-${u}`, featured_media: attachment.id }, wp.appPassword2);

    const report = await r.publishing.sync.sync(siteId);
    expect(report.mediaImported).toBeGreaterThanOrEqual(1);

    const story = storyBySlug(r, `harbour-${u}`)!;
    const refs = mediaReferences(story.body);
    expect(refs).toHaveLength(1);
    const item = r.media.store.get(refs[0]!.mediaId);
    expect(item.sha256).toBe(sha256(bytes));
    expect(item.alt).toBe('Fishing boats moored at dawn');
    expect(item.caption).toBe('The harbour at first light');
    expect(story.fields.featuredImageId).toBe(item.id);
    const again = storyBySlug(r, `harbour-again-${u}`)!;
    expect(mediaReferences(again.body).map((ref) => ref.mediaId)).toEqual([item.id]);
    expect(again.fields.featuredImageId).toBe(item.id);
    expect(imports.get(filename)?.size).toBe(1);

    // Changed on the site: the post is pulled again, its image is not downloaded again.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await rest(wp, 'POST', `/wp/v2/posts/${post.id}`, { title: `Harbour revised ${u}` }, wp.appPassword2);
    await r.publishing.sync.sync(siteId);
    const revised = storyBySlug(r, `harbour-${u}`)!;
    expect(revised.headline).toBe(`Harbour revised ${u}`);
    expect(mediaReferences(revised.body).map((ref) => ref.mediaId)).toEqual([item.id]);
    expect(imports.get(filename)?.size).toBe(1);

    // Published back: the site already has the image, so nothing is uploaded.
    const before = await siteMediaCount(wp);
    const job = await r.publishing.publishing.publish({ storyId: revised.id, siteId, status: 'draft', overrideWarnings: true });
    const done = await r.publishing.outbox.waitFor(job.id);
    expect(done.error).toBeNull();
    expect(done.state).toBe('done');
    expect(r.publishing.outbox.lastOutcome!.mediaBytes).toBe(0);
    expect(await siteMediaCount(wp)).toBe(before);
    expect(await rest<unknown[]>(wp, 'GET', `/wp/v2/media?slug=pw-${item.sha256.slice(0, 24)}`)).toEqual([]);
    const back = await rest<{ featured_media: number; content: { raw: string } }>(wp, 'GET', `/wp/v2/posts/${post.id}?context=edit`);
    expect(back.featured_media).toBe(attachment.id);
    // The image goes back exactly as the site had it: its src, and its own (empty) alt text, not the library's.
    expect(back.content.raw).toBe(content);
  }, 120_000);

  it('a 6.1 gallery and a hotlinked wire photo sync in, keep their published addresses, and publish back unchanged', async () => {
    const r = openRig();
    rigs.push(r);
    const siteId = await connect(r, wp);
    const u = unique();
    const one = await uploadToSite(wp, await randomJpeg(), `gallery-one-${u}.jpg`, { alt: 'Stage', caption: '' });
    const two = await uploadToSite(wp, await randomJpeg(), `gallery-two-${u}.jpg`, { alt: 'Crowd', caption: '' });
    const inner = (a: { id: number; source_url: string }, alt: string, caption: string) =>
      `<!-- wp:image {"id":${a.id},"sizeSlug":"large","linkDestination":"none"} -->\n<figure class="wp-block-image size-large"><img src="${a.source_url}" alt="${alt}" class="wp-image-${a.id}"/>${caption ? `<figcaption class="wp-element-caption">${caption}</figcaption>` : ''}</figure>\n<!-- /wp:image -->`;
    const gallery = `<!-- wp:gallery {"columns":2,"linkTo":"none"} -->\n<figure class="wp-block-gallery has-nested-images columns-2 is-cropped">${inner(one, 'Stage', '')}\n\n${inner(two, 'Crowd', 'The crowd at <em>night</em>')}<figcaption class="blocks-gallery-caption wp-element-caption">The festival</figcaption></figure>\n<!-- /wp:gallery -->`;
    const wire =
      '<!-- wp:image {"align":"right","width":300,"height":200} -->\n<figure class="wp-block-image alignright is-resized"><img src="https://ap.example.com/photos/flood.jpg?w=1200&amp;h=800" alt="A flooded street" width="300" height="200"/><figcaption class="wp-element-caption">Flooded street<br><em>AP Photo</em></figcaption></figure>\n<!-- /wp:image -->';
    const content = [paragraph('Opening words.'), gallery, wire, paragraph('Closing words.')].join('\n\n');
    const post = await rest<{ id: number }>(wp, 'POST', '/wp/v2/posts', { title: `Festival ${u}`, content, status: 'draft', slug: `festival-${u}` }, wp.appPassword2);

    await r.publishing.sync.sync(siteId);
    const story = storyBySlug(r, `festival-${u}`)!;
    const types = (story.body.root.children as Array<{ type: string }>).map((n) => n.type);
    expect(types).toEqual(['paragraph', 'gallery', 'image', 'paragraph']);
    // The gallery's images are brought into the library; the wire photo stays where it is shown from.
    const refs = mediaReferences(story.body);
    expect(refs).toHaveLength(2);
    for (const ref of refs) expect(r.media.store.get(ref.mediaId).sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(story.body.root.children[2]).toMatchObject({ mediaId: '', src: 'https://ap.example.com/photos/flood.jpg?w=1200&h=800', caption: 'Flooded street', credit: 'AP Photo' });

    const before = await siteMediaCount(wp);
    const job = await r.publishing.publishing.publish({ storyId: story.id, siteId, status: 'draft', overrideWarnings: true });
    const done = await r.publishing.outbox.waitFor(job.id);
    expect(done.error).toBeNull();
    expect(r.publishing.outbox.lastOutcome!.mediaBytes).toBe(0);
    expect(await siteMediaCount(wp)).toBe(before);
    const back = await rest<{ content: { raw: string } }>(wp, 'GET', `/wp/v2/posts/${post.id}?context=edit`);
    expect(back.content.raw).toBe(content);
  }, 120_000);

  it('an attachment deleted on the site does not fail the sync: the story keeps referring to it', async () => {
    const r = openRig();
    rigs.push(r);
    const siteId = await connect(r, wp);
    const u = unique();
    const attachment = await uploadToSite(wp, await randomJpeg(), `gone-${u}.jpg`, { alt: 'Soon gone', caption: '' });
    const content = [paragraph('Before the picture.'), imageBlock(attachment.id, attachment.source_url)].join('\n\n');
    await rest(wp, 'POST', '/wp/v2/posts', { title: `Gone ${u}`, content, status: 'draft', slug: `gone-${u}` }, wp.appPassword2);
    await rest(wp, 'DELETE', `/wp/v2/media/${attachment.id}?force=true`, undefined, wp.appPassword2);

    const report = await r.publishing.sync.sync(siteId);
    expect(report.mediaFailed).toBeGreaterThanOrEqual(1);
    const story = storyBySlug(r, `gone-${u}`)!;
    expect(story.headline).toBe(`Gone ${u}`);
    expect(mediaReferences(story.body).map((ref) => ref.mediaId)).toEqual([`wp-attachment:${attachment.id}`]);
  }, 120_000);
});

describe('downloading a site’s files', () => {
  const client = () => new WordPressClient({ apiRoot: `${wp.url}/wp-json/`, policy: { maxAttempts: 1, baseDelayMs: 0, maxDelayMs: 0, maxRetryAfterMs: 0 } });

  it('refuses addresses on any other host before a request is made', async () => {
    let asked = 0;
    const guarded = new WordPressClient({
      apiRoot: `${wp.url}/wp-json/`,
      fetch: (async () => {
        asked++;
        return new Response('');
      }) as typeof fetch,
    });
    await expect(guarded.download('http://169.254.169.254/latest/meta-data/', 1_000)).rejects.toThrow(/downloads images only from the site itself/);
    await expect(guarded.download('file:///etc/passwd', 1_000)).rejects.toThrow(/only from the site itself/);
    expect(asked).toBe(0);
  });

  it('gets the bytes of an upload, and refuses one larger than the cap', async () => {
    const bytes = await randomJpeg();
    const attachment = await uploadToSite(wp, bytes, `cap-${unique()}.jpg`, { alt: '', caption: '' });
    const got = await client().download(attachment.source_url, 10 * 1024 * 1024);
    expect(sha256(got.bytes)).toBe(sha256(bytes));
    expect(got.contentType).toBe('image/jpeg');
    await expect(client().download(attachment.source_url, 100)).rejects.toThrow(/larger than/);
    await rest(wp, 'DELETE', `/wp/v2/media/${attachment.id}?force=true`, undefined, wp.appPassword2);
  });
});
