// npm run bench:publish — publishes a story with 5 new images to the local WordPress, then sends the
// same HTTP requests with a bare fetch client, and prints both times and their ratio (target ≤ 1.3);
// then republishes the story unchanged and prints the media bytes uploaded (target 0).
// One JSON object per line on stdout.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { EventHub } from '../../../electron/events/event-hub';
import { createMedia } from '../../../electron/media/media-capability';
import { mediaLibrarySource } from '../../../electron/publish/media-source';
import { createPublishing } from '../../../electron/publish/publishing';
import { MemorySecretStore } from '../../../electron/secrets/memory-secret-store';
import { openDatabase } from '../../../electron/store/database';
import { createLibrary } from '../../../electron/store/library';
import { emptyFields, type BodyState } from '../../../shared/story/story-schema';
import { basicAuth, wordpressEnv } from '../../support/wordpress/env';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const IMAGES = 5;
const wp = wordpressEnv();

interface Recorded {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: Uint8Array | string | null;
}

let recording: Recorded[] | null = null;
let mediaBytesSent = 0;
const recordingFetch: typeof fetch = async (input, init) => {
  const method = init?.method ?? 'GET';
  const body = init?.body == null ? null : typeof init.body === 'string' ? init.body : (init.body as Uint8Array);
  if (recording) recording.push({ method, url: String(input), headers: { ...(init?.headers as Record<string, string>) }, body });
  if (method === 'POST' && String(input).includes('/wp/v2/media') && body && typeof body !== 'string') mediaBytesSent += body.byteLength;
  return fetch(input, init);
};

const dir = mkdtempSync(path.join(os.tmpdir(), 'presswork-bench-publish-'));
const db = openDatabase(path.join(dir, 'library.sqlite'));
const events = new EventHub();
const library = createLibrary(db);
const media = createMedia({ db, dataDir: dir, events });
const publishing = createPublishing({ db, events, secrets: new MemorySecretStore(), library, media: mediaLibrarySource(media), client: { fetch: recordingFetch } });
const created: { posts: Set<number>; media: Set<number> } = { posts: new Set(), media: new Set() };

async function newImage(n: number): Promise<string> {
  const width = 1600;
  const height = 1066;
  // Smooth gradients with a little noise: photograph-sized files, unique bytes every run.
  const raw = Buffer.alloc(width * height * 3);
  const seed = randomBytes(3);
  for (let i = 0; i < raw.length; i += 3) {
    const x = (i / 3) % width;
    const y = Math.floor(i / 3 / width);
    raw[i] = (x + seed[0]!) & 255;
    raw[i + 1] = (y + seed[1]!) & 255;
    raw[i + 2] = ((x ^ y) + seed[2]! + (Math.random() * 24) | 0) & 255;
  }
  const file = path.join(dir, `bench-${n}-${seed.toString('hex')}.jpg`);
  writeFileSync(file, await sharp(raw, { raw: { width, height, channels: 3 } }).jpeg({ quality: 85 }).toBuffer());
  const { batchId } = await media.importer.importPaths([file]);
  const [outcome] = await media.importer.settled(batchId);
  if (!outcome?.mediaId) throw new Error(`bench image import failed: ${outcome?.message}`);
  media.store.updateDetails(outcome.mediaId, { alt: `Bench image ${n}`, caption: `Caption ${n}`, credit: '', source: '', licence: '', focalX: 0.5, focalY: 0.5 });
  return outcome.mediaId;
}

const para = (text: string) => ({ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }] });
const image = (mediaId: string) => ({ type: 'image', version: 1, mediaId, caption: '', credit: '', altText: '' });

async function makeStory(round: number): Promise<string> {
  const ids: string[] = [];
  for (let i = 0; i < IMAGES; i++) ids.push(await newImage(i));
  const children: object[] = [];
  for (const id of ids.slice(1)) children.push(para(`Paragraph before an image in round ${round}. `.repeat(6)), image(id));
  const story = library.stories.create();
  const tag = randomBytes(4).toString('hex');
  library.stories.save({
    id: story.id,
    headline: `Bench story ${tag}`,
    body: { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children } } as unknown as BodyState,
    fields: { ...emptyFields(), standfirst: 'A benchmark.', featuredImageId: ids[0]!, slug: `bench-${tag}` },
  });
  return story.id;
}

async function replay(requests: Recorded[]): Promise<number> {
  const started = performance.now();
  for (const r of requests) {
    const res = await fetch(r.url, { method: r.method, headers: r.headers, body: r.body == null ? undefined : typeof r.body === 'string' ? r.body : new Uint8Array(r.body) });
    const text = await res.text();
    if (r.method === 'POST' && res.ok) {
      const id = (JSON.parse(text) as { id?: number }).id;
      if (id && r.url.includes('/wp/v2/media')) created.media.add(id);
      else if (id && /\/wp\/v2\/posts(\?|$)/.test(r.url)) created.posts.add(id);
    }
  }
  return performance.now() - started;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

try {
  const site = await publishing.sites.connect({ name: 'Bench', url: wp.url, username: wp.user, password: wp.appPassword, allowUnprotectedStorage: false });
  const appMs: number[] = [];
  const bareMs: number[] = [];
  let requestsPerPublish = 0;
  let lastStory = '';
  for (let round = 0; round < ROUNDS; round++) {
    const storyId = await makeStory(round);
    lastStory = storyId;
    recording = [];
    const started = performance.now();
    const job = await publishing.publishing.publish({ storyId, siteId: site.id, status: 'publish', overrideWarnings: true });
    const done = await publishing.outbox.waitFor(job.id);
    appMs.push(performance.now() - started);
    if (done.state !== 'done') throw new Error(`publish failed: ${done.error}`);
    const requests = recording;
    recording = null;
    requestsPerPublish = requests.length;
    const remote = publishing.publishing.state(storyId).remotes[0]!;
    created.posts.add(remote.remoteId!);
    bareMs.push(await replay(requests));
  }
  for (const row of db.prepare('SELECT remote_id FROM site_media').all() as { remote_id: number }[]) created.media.add(row.remote_id);

  const app = median(appMs);
  const bare = median(bareMs);
  console.log(JSON.stringify({ name: 'publish-story-5-new-images', unit: 'ms', p50: Math.round(app), bare_p50: Math.round(bare), ratio: Number((app / bare).toFixed(3)), target: 1.3, rounds: ROUNDS, requests: requestsPerPublish }));

  mediaBytesSent = 0;
  const again = await publishing.publishing.publish({ storyId: lastStory, siteId: site.id, status: 'publish', overrideWarnings: true });
  const done = await publishing.outbox.waitFor(again.id);
  if (done.state !== 'done') throw new Error(`republish failed: ${done.error}`);
  console.log(JSON.stringify({ name: 'republish-unchanged-media-bytes', unit: 'bytes', value: mediaBytesSent, target: 0 }));
} finally {
  // The shared test site stays small: what the benchmark made is deleted for good.
  const auth = { Authorization: basicAuth(wp.user, wp.appPassword) };
  for (const id of created.posts) await fetch(`${wp.url}/wp-json/wp/v2/posts/${id}?force=true`, { method: 'DELETE', headers: auth }).catch(() => undefined);
  for (const id of created.media) await fetch(`${wp.url}/wp-json/wp/v2/media/${id}?force=true`, { method: 'DELETE', headers: auth }).catch(() => undefined);
  publishing.close();
  await media.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
}
