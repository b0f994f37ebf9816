import type { Database } from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { EventHub } from '../../../../electron/events/event-hub';
import { createMedia, type MediaCapability } from '../../../../electron/media/media-capability';
import { mediaLibrarySource } from '../../../../electron/publish/media-source';
import { siteCopy } from '../../../../electron/media/site-copy';
import { GPS_EXIF } from '../../media/fixtures';
import { createPublishing } from '../../../../electron/publish/publishing';
import { mediaLibraryInbox } from '../../../../electron/publish/media-inbox';
import type { ExternalImageOptions } from '../../../../electron/publish/attachment-puller';
import { MemorySecretStore } from '../../../../electron/secrets/memory-secret-store';
import { openDatabase } from '../../../../electron/store/database';
import { createLibrary, type Library } from '../../../../electron/store/library';
import type { PublishProgress } from '../../../../shared/contract/operations/publish';
import type { BodyState, StoryFields } from '../../../../shared/story/story-schema';
import { emptyFields } from '../../../../shared/story/story-schema';
import { basicAuth, type WordPressEnv } from '../../../support/wordpress/env';
import { tempDir } from '../../support/temp-core';

export interface Rig {
  dir: string;
  db: Database;
  events: EventHub;
  library: Library;
  media: MediaCapability;
  secrets: MemorySecretStore;
  publishing: ReturnType<typeof createPublishing>;
  progress: PublishProgress[];
  close(): Promise<void>;
}

/**
 * The core's publishing capability composed as createCore composes it (real SQLite, real media
 * library, real WordPress or, given `fetch`, a fake one), with short outbox back-off so fault tests
 * do not wait a minute.
 */
export function openRig(reuse?: { dir?: string; secrets?: MemorySecretStore; fetch?: typeof fetch; externalImages?: ExternalImageOptions }): Rig {
  const dir = reuse?.dir ?? tempDir();
  const secrets = reuse?.secrets ?? new MemorySecretStore();
  const db = openDatabase(path.join(dir, 'library.sqlite'));
  const events = new EventHub();
  const library = createLibrary(db, Date.now, events);
  const media = createMedia({ db, dataDir: dir, events });
  const publishing = createPublishing({
    db,
    events,
    secrets,
    library,
    media: mediaLibrarySource(media),
    mediaInbox: mediaLibraryInbox(media),
    client: { policy: { maxAttempts: 3, baseDelayMs: 20, maxDelayMs: 200, maxRetryAfterMs: 2_000 }, timeoutMs: 20_000, fetch: reuse?.fetch },
    outbox: { baseDelayMs: 50, maxDelayMs: 400 },
    externalImages: reuse?.externalImages,
  });
  const progress: PublishProgress[] = [];
  events.subscribe((name, payload) => {
    if (name === 'publishProgress') progress.push(payload as PublishProgress);
  });
  return {
    dir,
    db,
    events,
    library,
    media,
    secrets,
    publishing,
    progress,
    close: async () => {
      publishing.close();
      await media.close();
      db.close();
    },
  };
}

export const unique = () => randomBytes(4).toString('hex');

/** The story synced from the site's post with this slug, or null. */
export function storyBySlug(rig: Rig, slug: string) {
  const row = rig.db.prepare('SELECT story_id FROM story_remote WHERE slug = ?').get(slug) as { story_id: string } | undefined;
  return row ? rig.library.stories.get(row.story_id) : null;
}

const text = (t: string, format = 0) => ({ type: 'text', version: 1, text: t, format, detail: 0, mode: 'normal', style: '' });
const block = { direction: null, format: '', indent: 0, version: 1 };
export const paragraph = (t: string) => ({ type: 'paragraph', ...block, textFormat: 0, textStyle: '', children: [text(t)] });
export const heading = (t: string) => ({ type: 'heading', tag: 'h2', ...block, children: [text(t)] });
export const quote = (t: string) => ({ type: 'quote', ...block, children: [text(t)] });
export const bodyOf = (...children: object[]): BodyState => ({ root: { type: 'root', ...block, children } }) as BodyState;

/** A story in the library with the given headline, body and fields. */
export function addStory(library: Library, headline: string, body: BodyState, fields: Partial<StoryFields> = {}): string {
  const story = library.stories.create();
  library.stories.save({ id: story.id, headline, body, fields: { ...emptyFields(), ...fields } });
  return story.id;
}

/** Direct REST access as the tests' "other workstation" (the second application password). */
export async function rest<T>(wp: WordPressEnv, method: string, route: string, body?: unknown, password = wp.appPassword): Promise<T> {
  const res = await fetch(`${wp.url}/wp-json${route}`, {
    method,
    headers: { Authorization: basicAuth(wp.user, password), ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = (await res.json()) as T;
  if (!res.ok) throw new Error(`${method} ${route}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

export async function connect(rig: Rig, wp: WordPressEnv, url = wp.url, name = 'Staging'): Promise<string> {
  const site = await rig.publishing.sites.connect({ name, url, username: wp.user, password: wp.appPassword, allowUnprotectedStorage: false });
  return site.id;
}

/**
 * A photograph-like JPEG of random pixels (unique bytes every call) carrying a camera's EXIF with
 * GPS, imported into the media library with its details. `siteBytes`: the size of what a site
 * receives for it (its site copy).
 */
export async function addImage(r: Rig, details: { alt: string; caption: string; credit?: string; width?: number }): Promise<{ id: string; sha256: string; siteBytes: number }> {
  const sharp = (await import('sharp')).default;
  const width = details.width ?? 640;
  const height = Math.round(width * 0.66);
  const raw = randomBytes(width * height * 3);
  const jpeg = await sharp(raw, { raw: { width, height, channels: 3 } }).withExif(GPS_EXIF).jpeg({ quality: 80 }).toBuffer();
  const file = path.join(r.dir, `photo-${randomBytes(3).toString('hex')}.jpg`);
  writeFileSync(file, jpeg);
  const { batchId } = await r.media.importer.importPaths([file]);
  const [outcome] = await r.media.importer.settled(batchId);
  if (!outcome?.mediaId) throw new Error(`image import failed: ${outcome?.message ?? outcome?.state}`);
  const item = r.media.store.updateDetails(outcome.mediaId, {
    alt: details.alt,
    caption: details.caption,
    credit: details.credit ?? '',
    source: '',
    licence: '',
    focalX: 0.5,
    focalY: 0.5,
  });
  return { id: item.id, sha256: item.sha256, siteBytes: (await siteCopy(jpeg, 'jpeg')).bytes.length };
}

export const imageNode = (mediaId: string, caption = '', altText = '') => ({ type: 'image', version: 1, mediaId, caption, credit: '', altText });
export const pullQuote = (t: string, citation = '') => ({ type: 'pull-quote', version: 1, text: t, citation });

/** A small JPEG of random pixels: different bytes every call. */
export async function randomJpeg(width = 320): Promise<Buffer> {
  const sharp = (await import('sharp')).default;
  const height = Math.round(width * 0.66);
  return sharp(randomBytes(width * height * 3), { raw: { width, height, channels: 3 } }).jpeg({ quality: 80 }).toBuffer();
}

/** Uploads an image straight to the site's media library, as another workstation would. */
export async function uploadToSite(wp: WordPressEnv, bytes: Uint8Array, filename: string, details: { alt: string; caption: string }): Promise<{ id: number; source_url: string }> {
  const query = new URLSearchParams({ alt_text: details.alt, caption: details.caption });
  const res = await fetch(`${wp.url}/wp-json/wp/v2/media?${query}`, {
    method: 'POST',
    headers: { Authorization: basicAuth(wp.user, wp.appPassword2), 'Content-Type': 'image/jpeg', 'Content-Disposition': `attachment; filename="${filename}"` },
    body: new Uint8Array(bytes),
  });
  const json = (await res.json()) as { id: number; source_url: string };
  if (!res.ok) throw new Error(`upload ${filename}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

/** A core/image block as WordPress's editor writes it for an attachment. */
export const imageBlock = (id: number, url: string) =>
  `<!-- wp:image {"id":${id},"sizeSlug":"large"} -->\n<figure class="wp-block-image size-large"><img src="${url}" alt="" class="wp-image-${id}"/></figure>\n<!-- /wp:image -->`;

/** How many attachments the site holds, in all. */
export async function siteMediaCount(wp: WordPressEnv): Promise<number> {
  const res = await fetch(`${wp.url}/wp-json/wp/v2/media?per_page=1&_fields=id`, { headers: { Authorization: basicAuth(wp.user, wp.appPassword) } });
  if (!res.ok) throw new Error(`media count: ${res.status}`);
  return Number(res.headers.get('x-wp-total'));
}
