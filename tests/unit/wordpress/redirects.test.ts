import { describe, expect, it } from 'vitest';
import { WordPressClient } from '../../../electron/wordpress/wordpress-client';
import { json, listenClosedAfterEach } from './support/hostile-site';

const site = listenClosedAfterEach();

const credentials = { username: 'editor', password: 'abcdefghijklmnopqrstuvwx' };
const noRetry = { maxAttempts: 1, baseDelayMs: 0, maxDelayMs: 0, maxRetryAfterMs: 0 };

describe('REST redirects stay on the site', () => {
  it('a 302 to another listener: the other listener receives nothing and the error names it', async () => {
    const other = await site((_req, res) => json(res, 200, []));
    const hostile = await site((_req, res) => {
      res.writeHead(302, { Location: `${other.origin}/wp-json/wp/v2/posts` });
      res.end();
    });
    const client = new WordPressClient({ apiRoot: `${hostile.origin}/wp-json/`, credentials, policy: noRetry });
    const error = await client.get('/wp/v2/posts').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toContain(`redirected the request to 127.0.0.1:${other.port}`);
    expect((error as Error).message).toContain('Presswork only talks to the site’s own address');
    expect(other.received).toHaveLength(0);
  });

  it('a 307 on POST /wp/v2/posts to another listener: the story body and the password never leave the site', async () => {
    const other = await site((_req, res) => json(res, 201, { id: 1 }));
    const hostile = await site((_req, res) => {
      res.writeHead(307, { Location: `${other.origin}/wp-json/wp/v2/posts` });
      res.end();
    });
    const client = new WordPressClient({ apiRoot: `${hostile.origin}/wp-json/`, credentials, policy: noRetry });
    const error = await client.request('POST', '/wp/v2/posts', { json: { title: 'Embargoed', content: 'Under embargo until Monday' } }).catch((e: unknown) => e);
    expect((error as Error).message).toContain(`127.0.0.1:${other.port}`);
    expect(other.received).toHaveLength(0);
    expect(hostile.received[0]!.body).toContain('Embargoed');
  });

  it('a 302 on a POST, even within the site, is refused rather than turned into a GET', async () => {
    const hostile = await site((req, res) => {
      if (req.url === '/wp-json/wp/v2/posts') {
        res.writeHead(302, { Location: '/wp-json/wp/v2/elsewhere' });
        res.end();
      } else json(res, 200, { id: 1 });
    });
    const client = new WordPressClient({ apiRoot: `${hostile.origin}/wp-json/`, credentials, policy: noRetry });
    await expect(client.request('POST', '/wp/v2/posts', { json: { title: 'x' } })).rejects.toThrow(/redirected a POST \(HTTP 302\)/);
    expect(hostile.received).toHaveLength(1);
  });

  it('a redirect within the site still works, a 307 POST included', async () => {
    const hostile = await site((req, res) => {
      if (req.url?.startsWith('/wp-json/wp/v2/posts')) {
        res.writeHead(req.method === 'POST' ? 307 : 301, { Location: req.url.replace('/wp/v2/posts', '/wp/v2/moved-posts') });
        res.end();
      } else json(res, req.method === 'POST' ? 201 : 200, req.method === 'POST' ? { id: 9 } : [{ id: 3 }]);
    });
    const client = new WordPressClient({ apiRoot: `${hostile.origin}/wp-json/`, credentials, policy: noRetry });
    expect((await client.get<{ id: number }[]>('/wp/v2/posts')).data).toEqual([{ id: 3 }]);
    expect((await client.request<{ id: number }>('POST', '/wp/v2/posts', { json: { title: 'x' } })).data).toEqual({ id: 9 });
    const resent = hostile.received.find((r) => r.url === '/wp-json/wp/v2/moved-posts' && r.method === 'POST');
    expect(resent?.body).toContain('"title":"x"');
  });

  it('stops after three redirects', async () => {
    const hostile = await site((req, res) => {
      res.writeHead(302, { Location: `${req.url}x` });
      res.end();
    });
    const client = new WordPressClient({ apiRoot: `${hostile.origin}/wp-json/`, credentials, policy: noRetry });
    await expect(client.get('/wp/v2/posts')).rejects.toThrow(/redirected the request too many times/);
    expect(hostile.received).toHaveLength(4);
  });
});
