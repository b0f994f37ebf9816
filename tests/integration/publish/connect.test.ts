import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectToSite } from '../../../electron/wordpress/connect';
import { apiLinkFromHeader, discoverApi, normaliseSiteUrl, versionFromGenerator } from '../../../electron/wordpress/discovery';
import { SiteError } from '../../../electron/wordpress/site-error';
import { WordPressClient } from '../../../electron/wordpress/wordpress-client';
import { wordpressEnv } from '../../support/wordpress/env';

const wp = wordpressEnv();

/** A web server that is not WordPress, and a port nobody listens on. */
let plain: Server;
let plainUrl = '';
beforeAll(async () => {
  plain = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end('<html><body>Just a web page</body></html>');
  });
  await new Promise<void>((resolve) => plain.listen(0, '127.0.0.1', resolve));
  plainUrl = `http://127.0.0.1:${(plain.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => plain.close(() => resolve())));

async function failure(promise: Promise<unknown>): Promise<SiteError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SiteError) return error;
    throw error;
  }
  throw new Error('expected a SiteError');
}

describe('discovery (pure parts)', () => {
  it('normalises what people type', () => {
    expect(normaliseSiteUrl(' example.com/news/ ')).toBe('https://example.com/news');
    expect(normaliseSiteUrl('127.0.0.1:8089')).toBe('http://127.0.0.1:8089');
    expect(() => normaliseSiteUrl('ftp://example.com')).toThrow(/https:\/\//);
    expect(() => normaliseSiteUrl('https://bob:secret@example.com')).toThrow(/username and password out/);
    expect(() => normaliseSiteUrl('')).toThrow(/Enter the address/);
  });

  it('reads the api.w.org Link header among others', () => {
    expect(apiLinkFromHeader('<https://x.test/wp-json/wp/v2/pages/2>; rel="alternate", <https://x.test/wp-json/>; rel="https://api.w.org/"')).toBe('https://x.test/wp-json/');
    expect(apiLinkFromHeader('<https://x.test/feed>; rel="alternate"')).toBeNull();
    expect(versionFromGenerator('<generator>https://wordpress.org/?v=6.1.9</generator>')).toBe('6.1.9');
    expect(versionFromGenerator('<meta name="generator" content="WordPress 6.5.2" />')).toBe('6.5.2');
  });
});

describe('connect to the real WordPress', () => {
  it('discovers the API from the Link header and answers user, roles, capabilities and version', async () => {
    const c = await connectToSite(wp.url, wp.user, wp.appPassword);
    expect(c.api.apiRoot).toBe(`${wp.url}/wp-json/`);
    expect(c.api.wpVersion).toMatch(/^\d+\.\d+/);
    expect(c.user.username).toBe(wp.user);
    expect(c.user.roles).toContain('administrator');
    expect(c.user.capabilities).toContain('publish_posts');
    expect(c.user.capabilities).toContain('upload_files');
  });

  it('accepts the application password with the spaces WordPress shows', async () => {
    const spaced = wp.appPassword.replace(/(.{4})(?=.)/g, '$1 ');
    const c = await connectToSite(wp.url, wp.user, spaced);
    expect(c.user.username).toBe(wp.user);
  });

  it('falls back to ?rest_route= when the Link header and /wp-json/ are missing', async () => {
    // Strips what a site without pretty permalinks lacks; the answers still come from WordPress.
    const noPretty: typeof fetch = async (input, init) => {
      const url = String(input);
      if (url.includes('/wp-json/')) return new Response('Not found', { status: 404 });
      const res = await fetch(input, init);
      const headers = new Headers(res.headers);
      headers.delete('link');
      return new Response(await res.arrayBuffer(), { status: res.status, headers });
    };
    const c = await connectToSite(wp.url, wp.user, wp.appPassword, { fetch: noPretty });
    expect(c.api.apiRoot).toBe(`${wp.url}/?rest_route=/`);
    const posts = await new WordPressClient({ apiRoot: c.api.apiRoot, credentials: { username: wp.user, password: wp.appPassword } }).get<unknown[]>('/wp/v2/posts', { per_page: 1 });
    expect(Array.isArray(posts.data)).toBe(true);
  });

  it('says the password is wrong, without retrying', async () => {
    let calls = 0;
    const counting: typeof fetch = (input, init) => {
      if (String(input).includes('users/me')) calls++;
      return fetch(input, init);
    };
    const e = await failure(connectToSite(wp.url, wp.user, 'abcd efgh ijkl mnop qrst uvwx', { fetch: counting }));
    expect(e.failure).toBe('wrong_password');
    expect(e.message).toMatch(/application password/);
    expect(e.message).not.toContain('abcd');
    expect(e.retryable).toBe(false);
    expect(calls).toBe(1);
  });

  it('says application passwords need HTTPS when the site does not offer them over http', async () => {
    const switched: typeof fetch = (input, init) => fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), 'X-Presswork-Test': 'app-passwords-off' } });
    const e = await failure(connectToSite(wp.url, wp.user, wp.appPassword, { fetch: switched }));
    expect(e.failure).toBe('https_required');
    expect(e.message).toMatch(/HTTPS/);
  });

  it('says when a site is not WordPress', async () => {
    const e = await failure(discoverApi(plainUrl));
    expect(e.failure).toBe('not_wordpress');
    expect(e.message).toMatch(/does not look like a WordPress site/);
  });

  it('says when there is no network', async () => {
    const e = await failure(connectToSite('http://127.0.0.1:1', wp.user, wp.appPassword));
    expect(e.failure).toBe('no_network');
    expect(e.message).toMatch(/could not reach 127\.0\.0\.1:1/);
  });
});

describe('client', () => {
  it('retries an idempotent request through 503s with Retry-After, then succeeds', async () => {
    let n = 0;
    const flaky: typeof fetch = async (input, init) => {
      n++;
      if (n <= 2) return new Response('busy', { status: 503, headers: { 'Retry-After': '0' } });
      return fetch(input, init);
    };
    const waits: number[] = [];
    const client = new WordPressClient({ apiRoot: `${wp.url}/wp-json/`, credentials: { username: wp.user, password: wp.appPassword }, fetch: flaky, sleep: async (ms) => void waits.push(ms) });
    const res = await client.get<{ id: number }>('/wp/v2/users/me');
    expect(res.data.id).toBeGreaterThan(0);
    expect(waits).toEqual([0, 0]);
  });

  it('never retries a create (POST) by itself', async () => {
    let n = 0;
    const lost: typeof fetch = async () => {
      n++;
      throw new TypeError('fetch failed');
    };
    const client = new WordPressClient({ apiRoot: `${wp.url}/wp-json/`, fetch: lost, sleep: async () => undefined });
    const e = await failure(client.request('POST', '/wp/v2/posts', { json: { title: 'x' } }));
    expect(e.failure).toBe('no_network');
    expect(n).toBe(1);
  });
});
