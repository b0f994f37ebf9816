import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { externalImageSources, mediaReferences } from '../../../shared/media/media-references';
import { wordpressEnv } from '../../support/wordpress/env';
import { connect, openRig, randomJpeg, rest, siteMediaCount, unique, type Rig } from '../../unit/publish/support/rig';

const wp = wordpressEnv();
const rigs: Rig[] = [];
const servers: http.Server[] = [];
afterEach(async () => {
  for (const r of rigs.splice(0)) await r.close();
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const paragraph = (text: string) => `<!-- wp:paragraph -->\n<p>${text}</p>\n<!-- /wp:paragraph -->`;
const hotlinked = (src: string, alt: string) =>
  `<!-- wp:image -->\n<figure class="wp-block-image"><img src="${src}" alt="${alt}"/><figcaption class="wp-element-caption">${alt}<br><em>Wire</em></figcaption></figure>\n<!-- /wp:image -->`;

/** A wire service on 127.0.0.1: one photo, one redirect to a private address, one page that is not an image; counts requests per path. */
async function wireService(photo: Buffer): Promise<{ base: string; hits: Map<string, number> }> {
  const hits = new Map<string, number>();
  const server = http.createServer((req, res) => {
    const path = req.url ?? '';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    if (path.startsWith('/photos/harbour.jpg')) res.writeHead(200, { 'content-type': 'image/jpeg' }).end(photo);
    else if (path === '/photos/inside.jpg') res.writeHead(302, { location: `http://127.0.0.2:${(server.address() as AddressInfo).port}/secret.jpg` }).end();
    else res.writeHead(200, { 'content-type': 'text/html' }).end('<p>Not a photo</p>');
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  // `localhost` is let through to loopback only by the rig's test option; 127.0.0.2 is not.
  return { base: `http://localhost:${(server.address() as AddressInfo).port}`, hits };
}

describe('sync brings hotlinked images into the media library where the host allows', () => {
  it('imports a hotlinked photo once, keeps its src, leaves only the others external for the checklist, publishes back byte for byte, and uploads the library copy once chosen', async () => {
    const logged: string[] = [];
    const r = openRig({ externalImages: { allowPrivateHosts: ['localhost'], log: (m) => logged.push(m) } });
    rigs.push(r);
    const photo = await randomJpeg();
    const wire = await wireService(photo);
    const siteId = await connect(r, wp);
    const u = unique();
    const src = `${wire.base}/photos/harbour.jpg?w=1200&amp;h=800`;
    const content = [
      paragraph('The storm came in at night.'),
      hotlinked(src, 'Boats in the harbour'),
      paragraph('By morning the quay was flooded.'),
      hotlinked(src, 'Boats in the harbour'),
      hotlinked(`${wire.base}/photos/inside.jpg`, 'Refused'),
      hotlinked(`${wire.base}/page.jpg`, 'Not an image'),
    ].join('\n\n');
    const post = await rest<{ id: number }>(wp, 'POST', '/wp/v2/posts', { title: `Storm ${u}`, content, status: 'draft', slug: `storm-${u}` }, wp.appPassword2);

    const report = await r.publishing.sync.sync(siteId);
    expect(report.mediaFailed).toBeGreaterThanOrEqual(2);
    expect(wire.hits.get('/photos/harbour.jpg?w=1200&h=800')).toBe(1);
    expect(wire.hits.has('/secret.jpg')).toBe(false);
    expect(logged.some((m) => m.includes('inside.jpg') && /private network/.test(m))).toBe(true);
    expect(logged.some((m) => m.includes('page.jpg') && /not an image/.test(m))).toBe(true);

    const row = r.db.prepare('SELECT story_id FROM story_remote WHERE slug = ?').get(`storm-${u}`) as { story_id: string };
    const story = r.library.stories.get(row.story_id)!;
    const images = (story.body.root.children as Array<Record<string, unknown>>).filter((n) => n.type === 'image');
    expect(images).toHaveLength(4);
    const item = r.media.store.get(String(images[0]!.mediaId));
    expect(item.sha256).toBe(sha256(photo));
    expect(item.alt).toBe('Boats in the harbour');
    expect(images[0]).toMatchObject({ mediaId: item.id, src: `${wire.base}/photos/harbour.jpg?w=1200&h=800` });
    expect(images[1]).toMatchObject({ mediaId: item.id });
    expect(images[2]).toMatchObject({ mediaId: '', src: `${wire.base}/photos/inside.jpg` });
    expect(images[3]).toMatchObject({ mediaId: '', src: `${wire.base}/page.jpg` });
    expect(mediaReferences(story.body).map((ref) => ref.mediaId)).toEqual([item.id, item.id]);

    // The checklist's warning counts only the two images still shown from elsewhere.
    expect(externalImageSources(story.body)).toEqual([`${wire.base}/photos/inside.jpg`, `${wire.base}/page.jpg`]);

    const before = await siteMediaCount(wp);
    const job = await r.publishing.publishing.publish({ storyId: story.id, siteId, status: 'draft', overrideWarnings: true });
    const done = await r.publishing.outbox.waitFor(job.id);
    expect(done.error).toBeNull();
    expect(r.publishing.outbox.lastOutcome!.mediaBytes).toBe(0);
    expect(await siteMediaCount(wp)).toBe(before);
    const back = await rest<{ content: { raw: string } }>(wp, 'GET', `/wp/v2/posts/${post.id}?context=edit`);
    expect(back.content.raw).toBe(content);

    // The user chooses the library copy of the first image: it is uploaded once and takes the site's address.
    const chosen = structuredClone(story.body);
    (chosen.root.children as Array<Record<string, unknown>>).find((n) => n.type === 'image')!.src = '';
    r.library.stories.save({ id: story.id, headline: story.headline, body: chosen, fields: story.fields });
    const again = await r.publishing.publishing.publish({ storyId: story.id, siteId, status: 'draft', overrideWarnings: true });
    const second = await r.publishing.outbox.waitFor(again.id);
    expect(second.error).toBeNull();
    expect(await siteMediaCount(wp)).toBe(before + 1);
    const switched = await rest<{ content: { raw: string } }>(wp, 'GET', `/wp/v2/posts/${post.id}?context=edit`);
    const figures = [...switched.content.raw.matchAll(/<img src="([^"]*)"[^>]*?(?: class="wp-image-(\d+)")?\/>/g)].map((m) => [m[1], m[2] ?? null]);
    expect(figures[0]![0]).toMatch(new RegExp(`^${wp.url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/`));
    expect(figures[0]![1]).toMatch(/^\d+$/);
    // The other use of the same photo keeps its published src (now naming the attachment it is).
    expect(figures[1]![0]).toBe(src);
  }, 120_000);
});
