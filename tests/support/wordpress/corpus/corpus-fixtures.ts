import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { basicAuth, type WordPressEnv } from '../env';
import { CORPUS_MEDIA, type FixtureManifest, type RecordedMedia, type RecordedReusable } from './corpus-media';

export const CORPUS_DIR = path.resolve(import.meta.dirname, '..', '..', '..', 'fixtures', 'wordpress');

export interface CorpusFixture {
  manifest: FixtureManifest;
  /** The post content exactly as the generator's site stored it. */
  content: string;
}

/** Every fixture of tests/fixtures/wordpress, by name. */
export function loadCorpus(dir = CORPUS_DIR): CorpusFixture[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({
      manifest: JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as FixtureManifest,
      content: readFileSync(path.join(dir, file.replace(/\.json$/, '.html')), 'utf8'),
    }));
}

interface MediaResponse {
  id: number;
  link: string;
  source_url: string;
  message?: string;
  media_details?: { sizes?: Record<string, { source_url: string }> };
}

/** Uploads the corpus's attachments (the same bytes the generator uploaded) and says what the site called them. */
export async function uploadCorpusMedia(wp: WordPressEnv, suffix = ''): Promise<RecordedMedia[]> {
  const out: RecordedMedia[] = [];
  for (const spec of CORPUS_MEDIA) {
    const bytes = await spec.bytes();
    const filename = suffix ? spec.filename.replace(/(\.\w+)$/, `-${suffix}$1`) : spec.filename;
    const query = new URLSearchParams({ ...(spec.alt ? { alt_text: spec.alt } : {}), ...(spec.caption ? { caption: spec.caption } : {}) });
    const response = await fetch(`${wp.url}/?rest_route=/wp/v2/media&${query}`, {
      method: 'POST',
      headers: { Authorization: basicAuth(wp.user, wp.appPassword), 'Content-Type': spec.mime, 'Content-Disposition': `attachment; filename="${filename}"` },
      body: new Uint8Array(bytes),
    });
    const media = (await response.json()) as MediaResponse;
    if (!response.ok) throw new Error(`upload ${filename}: ${response.status} ${media.message ?? ''}`);
    const sizes: Record<string, string> = { full: media.source_url };
    for (const [name, size] of Object.entries(media.media_details?.sizes ?? {})) sizes[name] = size.source_url;
    out.push({ key: spec.key, id: media.id, link: media.link, sourceUrl: media.source_url, sizes });
  }
  return out;
}

/** What a fixture's ids and URLs become on the site a test runs against. */
export interface SitePlacement {
  siteUrl: string;
  media: RecordedMedia[];
  /** Reusable block id on the generator's site → id on this site. */
  reusable: Map<number, number>;
}

/** Creates on the site the reusable blocks the fixtures point at, once each. */
export async function createReusables(wp: WordPressEnv, fixtures: CorpusFixture[]): Promise<Map<number, number>> {
  const made = new Map<number, number>();
  const all = new Map<number, RecordedReusable>();
  for (const fixture of fixtures) for (const block of fixture.manifest.reusable) all.set(block.id, block);
  for (const block of all.values()) {
    const response = await fetch(`${wp.url}/?rest_route=/wp/v2/blocks`, {
      method: 'POST',
      headers: { Authorization: basicAuth(wp.user, wp.appPassword), 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: block.title, content: block.content, status: 'publish' }),
    });
    const json = (await response.json()) as { id: number; message?: string };
    if (!response.ok) throw new Error(`reusable block: ${response.status} ${json.message ?? ''}`);
    made.set(block.id, json.id);
  }
  return made;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A fixture's content as it would read on the test's site: the generator's attachment ids, URLs
 * and attachment pages replaced by those of the same files uploaded here, reusable block refs by
 * the copies made here, the site address by this one. Nothing else is touched.
 */
export function placeFixture(fixture: CorpusFixture, placement: SitePlacement): string {
  const urls = new Map<string, string>();
  const ids = new Map<string, string>();
  for (const old of fixture.manifest.media) {
    const now = placement.media.find((m) => m.key === old.key);
    if (!now) throw new Error(`${fixture.manifest.name}: no upload for ${old.key}`);
    ids.set(String(old.id), String(now.id));
    urls.set(old.link, now.link);
    for (const [size, url] of Object.entries(old.sizes)) urls.set(url, now.sizes[size] ?? now.sourceUrl);
  }
  let content = fixture.content;
  if (urls.size > 0) {
    // One pass, longest first: a replaced URL is never matched again.
    const pattern = new RegExp([...urls.keys()].sort((a, b) => b.length - a.length).map(escape).join('|'), 'g');
    content = content.replace(pattern, (url) => urls.get(url)!);
  }
  const mapId = (id: string) => ids.get(id) ?? id;
  content = content
    .replace(/(wp-image-|attachment_|caption-attachment-|"id":|"mediaId":|data-id="|wp-block-file--media-|attachment_id=)(\d+)\b/g, (_all, lead: string, id: string) => lead + mapId(id))
    .replace(/("ids":\[)([\d,]+)(\])|(\bids=")([\d,]+)(")/g, (_all, a1?: string, l1?: string, z1?: string, a2?: string, l2?: string, z2?: string) =>
      `${a1 ?? a2}${(l1 ?? l2)!.split(',').map(mapId).join(',')}${z1 ?? z2}`,
    )
    .replace(/"ref":(\d+)/g, (all, id: string) => {
      const now = placement.reusable.get(Number(id));
      return now === undefined ? all : `"ref":${now}`;
    });
  if (fixture.manifest.siteUrl !== placement.siteUrl) content = content.split(fixture.manifest.siteUrl).join(placement.siteUrl);
  return content;
}
