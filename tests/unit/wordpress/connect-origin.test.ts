import { describe, expect, it } from 'vitest';
import { connectToSite } from '../../../electron/wordpress/connect';
import { announcedOnSite, movedAddress } from '../../../electron/wordpress/discovery';
import { SiteMovedError } from '../../../electron/wordpress/site-error';
import { json, listenClosedAfterEach, mappedFetch, restIndex } from './support/hostile-site';

const site = listenClosedAfterEach();

/** A WordPress whose REST API answers at `origin`, signed in as anybody. */
function wordpress(origin: () => string): Parameters<typeof site>[0] {
  return (req, res) => {
    if (req.url === '/wp-json/') json(res, 200, JSON.parse(restIndex(origin())));
    else if (req.url?.startsWith('/wp-json/wp/v2/users/me')) json(res, 200, { id: 1, name: 'Editor', username: 'editor', roles: ['editor'], capabilities: { edit_posts: true } });
    else {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end('<html></html>');
    }
  };
}

describe('credentials go only to the site’s own origin', () => {
  it('a home page announcing an API root on another origin stops the connect, naming both, and the other origin receives nothing', async () => {
    const other = await site(wordpress(() => other.origin));
    const hostile = await site((req, res) => {
      if (req.url === '/') {
        res.writeHead(200, { 'Content-Type': 'text/html', Link: `<${other.origin}/wp-json/>; rel="https://api.w.org/"` });
        res.end('<html></html>');
      } else res.writeHead(404).end();
    });
    const error = await connectToSite(hostile.origin, 'editor', 'abcd efgh ijkl mnop qrst uvwx').catch((e: unknown) => e);
    expect((error as Error).message).toContain(`The site at ${hostile.origin} says its REST API is at ${other.origin}`);
    expect((error as Error).message).toContain(`If ${other.origin} is really the site, enter that as the site address`);
    expect(other.received).toHaveLength(0);
    expect(hostile.received.every((r) => r.authorization === undefined)).toBe(true);
  });

  it('an https site whose Link points to plain http is refused', () => {
    expect(() => announcedOnSite(new URL('https://news.example'), 'http://news.example/wp-json/')).toThrow(
      /says its REST API is at http:\/\/news\.example over plain http/,
    );
    expect(announcedOnSite(new URL('https://news.example'), '/wp-json/')).toBe('https://news.example/wp-json/');
    expect(announcedOnSite(new URL('https://news.example/mag'), 'https://news.example/mag/wp-json/')).toBe('https://news.example/mag/wp-json/');
  });
});

describe('a site that moved is offered, never followed', () => {
  it('knows a move from any other redirect', () => {
    expect(movedAddress('http://news.example', 'https://news.example/')).toBe('https://news.example');
    expect(movedAddress('https://news.example/mag', 'https://www.news.example/mag/')).toBe('https://www.news.example/mag');
    expect(movedAddress('https://www.news.example', 'https://news.example/')).toBe('https://news.example');
    expect(movedAddress('http://news.example', 'http://www.news.example/')).toBe('http://www.news.example');
    expect(movedAddress('https://news.example', 'http://news.example/')).toBeNull();
    expect(movedAddress('https://news.example', 'https://evil.example/')).toBeNull();
    expect(movedAddress('https://news.example', 'https://news.example.evil.example/')).toBeNull();
    expect(movedAddress('https://news.example/mag', 'https://www.news.example/other/')).toBeNull();
    expect(movedAddress('http://news.example', 'https://news.example:8443/')).toBeNull();
    expect(movedAddress('https://news.example', 'https://news.example/login')).toBeNull();
  });

  it('connect answers the new address and signs in nowhere', async () => {
    const moved = await site(wordpress(() => 'http://www.news.test'));
    const old = await site((_req, res) => {
      res.writeHead(301, { Location: 'http://www.news.test/' });
      res.end();
    });
    const fetch = mappedFetch({ 'http://news.test': old, 'http://www.news.test': moved });
    const error = await connectToSite('http://news.test', 'editor', 'abcd efgh ijkl mnop qrst uvwx', { fetch }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SiteMovedError);
    expect((error as SiteMovedError).movedTo).toBe('http://www.news.test');
    expect((error as Error).message).toBe('news.test now answers at http://www.news.test. Use that address?');
    expect(moved.received).toHaveLength(0);
    expect(old.received.map((r) => r.url)).toEqual(['/']);
  });
});
