import path from 'node:path';

export type ProtocolAnswer =
  | { kind: 'file'; path: string; mime: string }
  | { kind: 'refuse'; status: 403 | 404 | 405; reason: string };

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
  '.map': 'application/json',
};

export const mimeFor = (file: string): string => MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';

/**
 * Maps a request on the app's own scheme to a file under `root`, or refuses it. Used by the
 * Electron protocol handler and the harness alike. Only GET and HEAD; the path is decoded once and
 * must stay inside root (`..`, `%2e%2e`, encoded slashes, backslashes and NUL are refused).
 */
export function resolveAppRequest(root: string, method: string, rawUrl: string, expectedHost: string | null): ProtocolAnswer {
  if (method !== 'GET' && method !== 'HEAD') return { kind: 'refuse', status: 405, reason: 'method not allowed' };
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return { kind: 'refuse', status: 404, reason: 'bad url' };
  }
  if (expectedHost !== null && url.host !== expectedHost) return { kind: 'refuse', status: 403, reason: 'wrong host' };
  const rawPath = url.pathname;
  if (/%2f|%5c|%00/i.test(rawPath)) return { kind: 'refuse', status: 403, reason: 'encoded separator' };
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { kind: 'refuse', status: 404, reason: 'bad encoding' };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { kind: 'refuse', status: 403, reason: 'bad character' };
  const segments = decoded.split('/').filter((s) => s.length > 0);
  if (segments.some((s) => s === '..' || s === '.')) return { kind: 'refuse', status: 403, reason: 'traversal' };
  const relative = segments.length === 0 ? 'index.html' : segments.join('/');
  const resolvedRoot = path.resolve(root);
  const file = path.resolve(resolvedRoot, relative);
  if (file !== resolvedRoot && !file.startsWith(resolvedRoot + path.sep)) return { kind: 'refuse', status: 403, reason: 'outside root' };
  return { kind: 'file', path: file, mime: mimeFor(file) };
}
