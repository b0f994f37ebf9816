import path from 'node:path';
import { MEDIA_URL_PREFIX, RENDITION_FILES } from '../../shared/media/renditions';

export type MediaAnswer = { kind: 'file'; path: string; mime: string } | { kind: 'refuse'; status: 403 | 404 | 405 };

const MIME: Record<string, string> = { '.webp': 'image/webp', '.jpg': 'image/jpeg' };

/** True when a request path is for the media folder rather than the renderer's own files. */
export const isMediaPath = (pathname: string): boolean => pathname.startsWith(MEDIA_URL_PREFIX);

/**
 * Maps `/media/<sha256>/<rendition file>` to its file in the content-addressed media folder, or
 * refuses. Nothing is joined from the request that is not a 64-digit hash and a rendition name
 * from a fixed list, so no spelling of `..`, slashes or encodings can leave the folder, and
 * originals are never served.
 */
export function resolveMediaRequest(mediaDir: string, method: string, pathname: string): MediaAnswer {
  if (method !== 'GET' && method !== 'HEAD') return { kind: 'refuse', status: 405 };
  if (!isMediaPath(pathname)) return { kind: 'refuse', status: 404 };
  const match = /^([0-9a-f]{64})\/([a-z0-9]+\.(?:webp|jpg))$/.exec(pathname.slice(MEDIA_URL_PREFIX.length));
  if (!match) return { kind: 'refuse', status: 404 };
  const [, sha, file] = match as unknown as [string, string, string];
  if (!RENDITION_FILES.includes(file)) return { kind: 'refuse', status: 404 };
  return { kind: 'file', path: path.join(itemDir(mediaDir, sha), file), mime: MIME[path.extname(file)]! };
}

/** Where one item's files live: fanned out by the hash's first two digits so no folder grows huge. */
export const itemDir = (mediaDir: string, sha256: string): string => path.join(mediaDir, sha256.slice(0, 2), sha256);
