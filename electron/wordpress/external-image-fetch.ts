import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { SiteError } from './site-error';
import { MAX_REDIRECTS } from './site-fetch';
import { DOWNLOAD_DEADLINE_MS } from './wordpress-client';

export interface ExternalImageFetchOptions {
  /** The site the story belongs to: its host may be on a private network (an intranet WordPress), and an http site allows http images. */
  siteUrl: string;
  maxBytes: number;
  /** The total time, redirects and a slowly trickling body included; DOWNLOAD_DEADLINE_MS (as for the site's own files) unless a test shortens it. */
  deadlineMs?: number;
  /**
   * Hosts (names as written in the URL) allowed to resolve to loopback or private addresses besides
   * the site's own. Tests only: nothing in the app passes it, so by default such addresses are refused.
   */
  allowPrivateHosts?: readonly string[];
}

export interface ExternalImage {
  bytes: Uint8Array;
  contentType: string;
  /** The address the bytes came from, after redirects. */
  url: string;
}

type Lookup = NonNullable<http.RequestOptions['lookup']>;

/**
 * Downloads an image a story shows from another site, as carefully as a browser would not: only
 * http(s) (http only for an http site), never with credentials or cookies, redirects followed by
 * hand at most MAX_REDIRECTS times and each checked again, no address on the user's own network
 * (the host is resolved first and the connection made to the checked address, so a name cannot
 * change its answer in between), at most `maxBytes` counted while it streams, within one deadline,
 * and only an image content type (the media pipeline then sniffs the bytes themselves).
 */
export async function fetchExternalImage(url: string, options: ExternalImageFetchOptions): Promise<ExternalImage> {
  const site = new URL(options.siteUrl);
  const deadlineMs = options.deadlineMs ?? DOWNLOAD_DEADLINE_MS;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), deadlineMs);
  const overDeadline = (target: URL) => new SiteError('timeout', `The image at ${target.host} took more than ${Math.round(deadlineMs / 1000)} s to download; Presswork stopped.`);
  let target = checkedUrl(url, undefined, site);
  try {
    for (let hops = 0; ; hops++) {
      const response = await request(target, options, site, controller.signal).catch((error: unknown) => {
        throw controller.signal.aborted ? overDeadline(target) : error;
      });
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (status >= 300 && status < 400 && location) {
        response.destroy();
        if (hops >= MAX_REDIRECTS) throw refused(`${target.host} redirected the image too many times.`, status);
        target = checkedUrl(location, target, site);
        continue;
      }
      if (status < 200 || status >= 300) {
        response.destroy();
        throw new SiteError(status === 404 || status === 410 ? 'not_found' : 'rejected', `${target.host} answered HTTP ${status} for the image.`, status);
      }
      const contentType = String(response.headers['content-type'] ?? '').toLowerCase();
      if (!/^image\/[a-z0-9.+-]+/.test(contentType) || contentType.startsWith('image/svg')) {
        response.destroy();
        throw refused(`${target.host} sent ${contentType || 'something without a type'}, not an image.`, status);
      }
      const bytes = await readBody(response, options.maxBytes, target).catch((error: unknown) => {
        throw controller.signal.aborted ? overDeadline(target) : error;
      });
      return { bytes, contentType, url: target.toString() };
    }
  } finally {
    clearTimeout(timer);
  }
}

function refused(message: string, status: number | null = null): SiteError {
  return new SiteError('rejected', message, status);
}

/** The address when its scheme may be fetched for this site; a readable refusal otherwise. */
function checkedUrl(address: string, base: URL | undefined, site: URL): URL {
  let parsed: URL;
  try {
    parsed = new URL(address, base);
  } catch {
    throw refused('The image address cannot be read.');
  }
  const httpAllowed = site.protocol === 'http:';
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && httpAllowed)) {
    throw refused(`The image at ${parsed.host || parsed.protocol} is not served over https; Presswork downloads other sites’ images only over https.`);
  }
  if (parsed.username || parsed.password) throw refused(`The image address at ${parsed.host} carries a user name or password; Presswork does not send credentials to other sites.`);
  return parsed;
}

/** The host without IPv6 brackets, as resolvers and isIP take it. */
const bareHost = (url: URL): string => url.hostname.replace(/^\[|\]$/g, '');

function privateAllowed(target: URL, site: URL, options: ExternalImageFetchOptions): boolean {
  return target.hostname === site.hostname || (options.allowPrivateHosts ?? []).includes(target.hostname);
}

/** One GET with no credentials and no cookies, connected only to an address checked to be public. */
function request(target: URL, options: ExternalImageFetchOptions, site: URL, signal: AbortSignal): Promise<http.IncomingMessage> {
  const host = bareHost(target);
  const mayBePrivate = privateAllowed(target, site, options);
  if (isIP(host) && !mayBePrivate && isPrivateAddress(host)) {
    return Promise.reject(refused(`The image is at ${target.host}, an address on a private network; Presswork does not download from there.`));
  }
  // Resolves the name and refuses a private answer; the socket connects to exactly what was checked.
  const lookup: Lookup = (hostname, lookupOptions, callback) => {
    dnsLookup(hostname, { all: true, family: lookupOptions.family, hints: lookupOptions.hints }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      const blocked = mayBePrivate ? [] : addresses.filter((a) => isPrivateAddress(a.address));
      if (blocked.length > 0 || addresses.length === 0) {
        return callback(refused(`The image is at ${target.host}, which leads to an address on a private network; Presswork does not download from there.`), '', 0);
      }
      if (lookupOptions.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
  const module = target.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = module.request(target, {
      method: 'GET',
      // Only these: no Authorization, no Cookie, no Referer telling the other site which story.
      headers: { Accept: 'image/avif,image/webp,image/png,image/jpeg,image/gif,image/tiff;q=0.9', 'User-Agent': 'Presswork' },
      agent: false,
      lookup,
      signal,
    });
    req.on('response', resolve);
    req.on('error', (error) => reject(error instanceof SiteError ? error : new SiteError('no_network', `The image at ${target.host} could not be reached (${error.message}).`)));
    req.end();
  });
}

/** The body counted as it streams; past `maxBytes` the connection is dropped. */
function readBody(response: http.IncomingMessage, maxBytes: number, target: URL): Promise<Uint8Array> {
  const tooLarge = () => refused(`The image at ${target.host} is larger than the ${Math.round(maxBytes / (1024 * 1024))} MB Presswork imports.`, response.statusCode ?? null);
  if (Number(response.headers['content-length'] ?? '0') > maxBytes) {
    response.destroy();
    return Promise.reject(tooLarge());
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    response.on('data', (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > maxBytes) {
        reject(tooLarge()); // first: dropping the connection below reports an abort too
        response.destroy();
        return;
      }
      chunks.push(chunk);
    });
    response.on('end', () => resolve(Buffer.concat(chunks)));
    response.on('error', (error) => reject(new SiteError('no_network', `The image at ${target.host} stopped downloading (${error.message}).`)));
    response.on('aborted', () => reject(new SiteError('no_network', `The image at ${target.host} stopped downloading.`)));
  });
}

/**
 * Loopback, private, link-local, shared, reserved, multicast and unspecified addresses, IPv4 and
 * IPv6 (IPv4-mapped and NAT64 forms of them included): nothing another site may point Presswork at.
 */
export function isPrivateAddress(address: string): boolean {
  const version = isIP(address);
  if (version === 4) return isPrivateV4(address);
  if (version !== 6) return true;
  const lower = address.toLowerCase();
  const mapped = /^(?:::ffff:|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (mapped) return isPrivateV4(mapped[1]!);
  const groups = expandV6(lower);
  if (!groups) return true;
  if (groups.every((g) => g === 0) || (groups.slice(0, 7).every((g) => g === 0) && groups[7] === 1)) return true;
  if (groups.slice(0, 5).every((g) => g === 0) && (groups[5] === 0xffff || groups[5] === 0)) return true; // ::ffff:a.b.c.d in hex, ::a.b.c.d
  if (groups[0] === 0x64 && groups[1] === 0xff9b) return true; // NAT64 in hex: refused rather than decoded
  // Unique-local, link-local, site-local, multicast, and 6to4 (which can wrap a private IPv4 address).
  const first = groups[0]!;
  return (first & 0xfe00) === 0xfc00 || (first & 0xffc0) === 0xfe80 || (first & 0xffc0) === 0xfec0 || (first & 0xff00) === 0xff00 || first === 0x2002;
}

function isPrivateV4(address: string): boolean {
  const [a, b, c] = address.split('.').map(Number) as [number, number, number, number];
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 0 && (c === 0 || c === 2)) ||
    (a === 192 && b === 168) ||
    (a === 198 && (b === 18 || b === 19)) ||
    (a === 198 && b === 51 && c === 100) ||
    (a === 203 && b === 0 && c === 113) ||
    a >= 224
  );
}

/** The eight 16-bit groups of an IPv6 address (a trailing dotted IPv4 part included), or null. */
function expandV6(address: string): number[] | null {
  let text = address.split('%')[0]!;
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted[1]!.split('.').map(Number) as [number, number, number, number];
    text = text.slice(0, -dotted[1]!.length) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split('::') as [string, string | undefined];
  const part = (s: string) => (s === '' ? [] : s.split(':').map((g) => parseInt(g, 16)));
  const front = part(head);
  const back = tail === undefined ? [] : part(tail);
  const fill = tail === undefined ? 0 : 8 - front.length - back.length;
  const groups = [...front, ...Array<number>(Math.max(fill, 0)).fill(0), ...back];
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : null;
}
