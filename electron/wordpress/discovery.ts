import { SiteError, SiteMovedError } from './site-error';
import { fetchWithinSite, readCapped, REST_MAX_BYTES, restTooLarge, sameOrigin } from './site-fetch';

export interface DiscoveredApi {
  /** The site's own address, normalised (no trailing slash). */
  siteUrl: string;
  /** `…/wp-json/` or, without pretty permalinks, `…/?rest_route=/`. */
  apiRoot: string;
  siteName: string;
  /** Null when the site hides it. */
  wpVersion: string | null;
  /** Present when the site accepts application passwords for this connection. */
  applicationPasswords: { authorizationUrl: string | null } | null;
}

interface RestIndex {
  name?: unknown;
  namespaces?: unknown;
  authentication?: unknown;
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Accepts what people type ("example.com", "https://example.com/news/") and returns an http(s) URL or a readable error. */
export function normaliseSiteUrl(input: string): string {
  let text = input.trim();
  if (text === '') throw new SiteError('not_wordpress', 'Enter the address of the WordPress site, for example https://example.com.');
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    const host = text.split(/[/:]/)[0]!.toLowerCase();
    text = `${LOCAL_HOSTS.has(host) ? 'http' : 'https'}://${text}`;
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new SiteError('not_wordpress', `“${input.trim()}” is not a web address. Enter it like https://example.com.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new SiteError('not_wordpress', 'A WordPress site address starts with https:// (or http:// for a local test site).');
  }
  if (url.username || url.password) throw new SiteError('not_wordpress', 'Leave the username and password out of the site address; use the fields for them.');
  url.hash = '';
  url.search = '';
  return url.toString().replace(/\/+$/, '');
}

/** The REST root announced by `Link: <…>; rel="https://api.w.org/"`, if any. */
export function apiLinkFromHeader(link: string | null): string | null {
  if (!link) return null;
  for (const part of link.split(/,(?=\s*<)/)) {
    const m = /<([^>]+)>\s*;(.*)$/.exec(part.trim());
    if (m && /rel\s*=\s*"?https:\/\/api\.w\.org\/"?/.test(m[2]!)) return m[1]!;
  }
  return null;
}

/**
 * The API root the home page announced, when it is on the site's own origin: the application
 * password goes to the API root, so an API elsewhere (another host, port, or plain http for an
 * https site) stops the connect until the user says which address is really the site.
 */
export function announcedOnSite(site: URL, announced: string): string {
  let api: URL;
  try {
    api = new URL(announced, site);
  } catch {
    throw new SiteError('not_wordpress', `${site.host} announced a REST API address Presswork cannot read. Check the site address.`);
  }
  if (api.origin === site.origin) return api.toString();
  const downgrade = site.protocol === 'https:' && api.protocol !== 'https:' ? ' over plain http, which would send your application password unencrypted' : '';
  throw new SiteError(
    'not_wordpress',
    `The site at ${site.origin} says its REST API is at ${api.origin}${downgrade}. Presswork sends your application password only to the site’s own address. If ${api.origin} is really the site, enter that as the site address.`,
  );
}

/**
 * The address a site moved to, when `location` is the same place as `siteUrl` with only the scheme
 * going to https, or `www.` added or dropped; null for any other redirect.
 */
export function movedAddress(siteUrl: string, location: string): string | null {
  let from: URL;
  let to: URL;
  try {
    from = new URL(siteUrl);
    to = new URL(location);
  } catch {
    return null;
  }
  if (to.protocol !== 'https:' && !(to.protocol === 'http:' && from.protocol === 'http:')) return null;
  if (to.username || to.password) return null;
  const bare = (hostname: string) => hostname.replace(/^www\./, '');
  if (bare(from.hostname) !== bare(to.hostname)) return null;
  const port = (u: URL) => (u.port === '' || u.protocol === 'http:' && u.port === '80' || u.protocol === 'https:' && u.port === '443' ? '' : u.port);
  // Only an unusual port that stays the same is the same site; a default port may change with the scheme.
  if (port(from) !== '' || port(to) !== '') {
    if (port(from) !== port(to)) return null;
  }
  const path = (p: string) => p.replace(/\/+$/, '');
  if (path(from.pathname) !== path(to.pathname)) return null;
  if (to.origin === from.origin) return null;
  return to.toString().replace(/\/+$/, '').replace(/[?#].*$/, '');
}

/** The WordPress version from a feed's `<generator>https://wordpress.org/?v=6.1.9</generator>` or a page's generator meta. */
export function versionFromGenerator(text: string): string | null {
  const m = /wordpress\.org\/\?v=([0-9][0-9A-Za-z.-]*)/.exec(text) ?? /content="WordPress ([0-9][0-9A-Za-z.-]*)"/.exec(text);
  return m ? m[1]! : null;
}

/**
 * Finds the REST API of the site at `input`: the Link header of the home page first, then
 * `/wp-json/`, then `?rest_route=/` (sites without pretty permalinks). Fails with a readable reason.
 */
export async function discoverApi(input: string, options: { fetch?: typeof fetch; timeoutMs?: number } = {}): Promise<DiscoveredApi> {
  const doFetch = options.fetch ?? fetch;
  const siteUrl = normaliseSiteUrl(input);
  const site = new URL(siteUrl);
  const host = site.host;
  const get = async (url: string, within: (location: string, from: URL) => URL = sameOrigin(site.origin, host)) => {
    const response = await fetchWithinSite(
      new URL(url),
      { method: 'GET', signal: AbortSignal.timeout(options.timeoutMs ?? 15_000), headers: { Accept: 'application/json, text/html;q=0.9' } },
      { fetch: doFetch, host, within },
    );
    const body = await readCapped(response, REST_MAX_BYTES, host, () => restTooLarge(host, response.status));
    return { response, text: new TextDecoder().decode(body) };
  };

  // A site that moved (to https, or to or from www.) is offered to the user, never followed silently.
  const home = await get(siteUrl + '/', (location, from) => {
    const movedTo = movedAddress(siteUrl, new URL(location, from).toString());
    if (movedTo) throw new SiteMovedError(host, movedTo);
    return sameOrigin(site.origin, host)(location, from);
  });
  const candidates: string[] = [];
  const announced = apiLinkFromHeader(home.response.headers.get('link'));
  if (announced) candidates.push(announcedOnSite(site, announced));
  candidates.push(siteUrl + '/wp-json/', siteUrl + '/?rest_route=/');

  let found: { apiRoot: string; index: RestIndex } | null = null;
  for (const apiRoot of [...new Set(candidates)]) {
    const { response, text } = await get(apiRoot);
    if (!response.ok) continue;
    const index = parseJson(text);
    if (index && Array.isArray(index.namespaces) && index.namespaces.includes('wp/v2')) {
      found = { apiRoot, index };
      break;
    }
  }
  if (!found) {
    throw new SiteError('not_wordpress', `${host} does not look like a WordPress site (no REST API at /wp-json/ or ?rest_route=/). Check the address, or ask whether the REST API is blocked.`);
  }

  let wpVersion = versionFromGenerator(home.text);
  if (!wpVersion) {
    const feed = await get(siteUrl + '/?feed=rss2').catch(() => null);
    wpVersion = feed ? versionFromGenerator(feed.text) : null;
  }

  const auth = found.index.authentication;
  const appPasswords =
    typeof auth === 'object' && auth !== null && 'application-passwords' in auth
      ? (auth as Record<string, { endpoints?: { authorization?: unknown } }>)['application-passwords']
      : undefined;
  return {
    siteUrl,
    apiRoot: found.apiRoot,
    siteName: typeof found.index.name === 'string' ? found.index.name : host,
    wpVersion,
    applicationPasswords: appPasswords
      ? { authorizationUrl: typeof appPasswords.endpoints?.authorization === 'string' ? appPasswords.endpoints.authorization : null }
      : null,
  };
}

function parseJson(text: string): RestIndex | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as RestIndex) : null;
  } catch {
    return null;
  }
}
