import { networkError, SiteError } from './site-error';

/** The most one REST answer may hold: a hostile or broken site cannot fill the core's memory. */
export const REST_MAX_BYTES = 32 * 1024 * 1024;
/** Redirects followed for one request, all within the site. */
export const MAX_REDIRECTS = 3;

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface SiteFetchInit {
  method: string;
  headers?: Record<string, string>;
  body?: BodyInit;
  signal: AbortSignal;
}

export interface SiteFetchOptions {
  fetch: typeof fetch;
  /** The name of the site in messages. */
  host: string;
  /** The next address when it is on the site; throws a readable SiteError otherwise. */
  within: (location: string, from: URL) => URL;
  /** Called for every exchange, redirects included. */
  onExchange?: (url: URL, status: number | null, ms: number) => void;
}

/**
 * Fetches with redirects followed by hand, only where `within` allows and at most MAX_REDIRECTS
 * times. A write is never turned into a GET (301/302/303), and is resent (307/308) only within
 * the site: its body and credentials never reach another address.
 */
export async function fetchWithinSite(url: URL, init: SiteFetchInit, options: SiteFetchOptions): Promise<Response> {
  let target = url;
  for (let hops = 0; ; hops++) {
    const started = Date.now();
    let response: Response;
    try {
      response = await options.fetch(target.toString(), { ...init, redirect: 'manual' });
    } catch (error) {
      options.onExchange?.(target, null, Date.now() - started);
      throw networkError(options.host, error);
    }
    options.onExchange?.(target, response.status, Date.now() - started);
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || !location) return response;
    await response.body?.cancel();
    if (hops >= MAX_REDIRECTS) throw new SiteError('rejected', `${options.host} redirected the request too many times.`, response.status);
    const next = options.within(location, target);
    if (WRITES.has(init.method.toUpperCase()) && response.status !== 307 && response.status !== 308) {
      throw new SiteError(
        'rejected',
        `${options.host} redirected a ${init.method.toUpperCase()} (HTTP ${response.status}), which would turn it into a plain read; Presswork did not send it again. Check the site address.`,
        response.status,
      );
    }
    target = next;
  }
}

/** A redirect target on the same origin (scheme, host and port) as `origin`, else a readable refusal. */
export function sameOrigin(origin: string, host: string): (location: string, from: URL) => URL {
  return (location, from) => {
    let next: URL;
    try {
      next = new URL(location, from);
    } catch {
      throw new SiteError('rejected', `${host} redirected the request to an address Presswork cannot read.`);
    }
    if (next.origin !== origin) {
      throw new SiteError('rejected', `${host} redirected the request to ${next.host || next.protocol}; Presswork only talks to the site’s own address.`);
    }
    return next;
  };
}

/**
 * The body, read from its stream and counted as it comes: past `maxBytes` the reading stops and
 * the connection is dropped, so the size of an answer never depends on what the site sends.
 */
export async function readCapped(response: Response, maxBytes: number, host: string, tooLarge: () => SiteError): Promise<Uint8Array> {
  if (Number(response.headers.get('content-length') ?? '0') > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      size += read.value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge();
      }
      chunks.push(read.value);
    }
  } catch (error) {
    if (error instanceof SiteError) throw error;
    throw networkError(host, error);
  }
  return Buffer.concat(chunks);
}

/** The message for a REST answer past REST_MAX_BYTES. */
export function restTooLarge(host: string, status: number): SiteError {
  return new SiteError('rejected', `${host} sent more than ${REST_MAX_BYTES / (1024 * 1024)} MB for one answer; Presswork stopped reading.`, status);
}
