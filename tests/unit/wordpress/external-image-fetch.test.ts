import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { fetchExternalImage, isPrivateAddress, type ExternalImageFetchOptions } from '../../../electron/wordpress/external-image-fetch';
import { SiteError } from '../../../electron/wordpress/site-error';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a1f1d1a40000000049454e44ae426082', 'hex');

interface Seen {
  path: string;
  headers: http.IncomingHttpHeaders;
}

const servers: http.Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

/** A server on 127.0.0.1 answering with `handle`, recording every request it gets. */
async function serve(handle: (req: http.IncomingMessage, res: http.ServerResponse, port: number) => void): Promise<{ port: number; seen: Seen[] }> {
  const seen: Seen[] = [];
  const server = http.createServer((req, res) => {
    seen.push({ path: req.url ?? '', headers: req.headers });
    handle(req, res, (server.address() as AddressInfo).port);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as AddressInfo).port, seen };
}

// An http site, so http images are allowed; `localhost` is let through to loopback only by the test option.
const options = (extra: Partial<ExternalImageFetchOptions> = {}): ExternalImageFetchOptions => ({
  siteUrl: 'http://news.example',
  maxBytes: 1024 * 1024,
  allowPrivateHosts: ['localhost'],
  ...extra,
});

async function refusal(promise: Promise<unknown>): Promise<SiteError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SiteError);
  return error as SiteError;
}

describe('fetchExternalImage', () => {
  it('downloads an image from an allowed host', async () => {
    const { port } = await serve((_req, res) => res.writeHead(200, { 'content-type': 'image/png' }).end(PNG));
    const image = await fetchExternalImage(`http://localhost:${port}/wire/photo.png`, options());
    expect(Buffer.from(image.bytes).equals(PNG)).toBe(true);
    expect(image.contentType).toBe('image/png');
  });

  it('refuses a loopback address unless the test option allows its host', async () => {
    const { port, seen } = await serve((_req, res) => res.writeHead(200, { 'content-type': 'image/png' }).end(PNG));
    const byName = await refusal(fetchExternalImage(`http://localhost:${port}/a.png`, options({ allowPrivateHosts: undefined })));
    expect(byName.message).toMatch(/private network/);
    const byAddress = await refusal(fetchExternalImage(`http://127.0.0.1:${port}/a.png`, options({ allowPrivateHosts: undefined })));
    expect(byAddress.message).toMatch(/private network/);
    expect(seen).toHaveLength(0);
  });

  it('allows the site’s own host on a private network', async () => {
    const { port } = await serve((_req, res) => res.writeHead(200, { 'content-type': 'image/png' }).end(PNG));
    const image = await fetchExternalImage(`http://127.0.0.1:${port}/a.png`, options({ siteUrl: `http://127.0.0.1:${port}/`, allowPrivateHosts: undefined }));
    expect(image.bytes.byteLength).toBe(PNG.byteLength);
  });

  it('refuses a redirect to a private address, without requesting it', async () => {
    const { port, seen } = await serve((req, res, own) => {
      if (req.url === '/start.png') res.writeHead(302, { location: `http://127.0.0.1:${own}/inside.png` }).end();
      else res.writeHead(200, { 'content-type': 'image/png' }).end(PNG);
    });
    const error = await refusal(fetchExternalImage(`http://localhost:${port}/start.png`, options()));
    expect(error.message).toMatch(/127\.0\.0\.1.*private network/);
    expect(seen.map((s) => s.path)).toEqual(['/start.png']);
  });

  it('follows at most three redirects', async () => {
    const { port, seen } = await serve((req, res) => {
      const n = Number(/\d+/.exec(req.url ?? '')?.[0] ?? 0);
      res.writeHead(302, { location: `/hop${n + 1}.png` }).end();
    });
    const error = await refusal(fetchExternalImage(`http://localhost:${port}/hop0.png`, options()));
    expect(error.message).toMatch(/too many times/);
    expect(seen).toHaveLength(4);
  });

  it('refuses an https site’s image over http', async () => {
    const { port, seen } = await serve((_req, res) => res.writeHead(200, { 'content-type': 'image/png' }).end(PNG));
    const error = await refusal(fetchExternalImage(`http://localhost:${port}/a.png`, options({ siteUrl: 'https://news.example' })));
    expect(error.message).toMatch(/https/);
    expect(seen).toHaveLength(0);
  });

  it('stops reading an oversize image mid-stream', async () => {
    let written = 0;
    let closed = false;
    const { port } = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'image/jpeg' }); // no length: only counting can stop it
      res.on('close', () => (closed = true));
      const timer = setInterval(() => {
        if (res.destroyed || written > 10_000_000) return clearInterval(timer);
        res.write(Buffer.alloc(64 * 1024, 0xff));
        written += 64 * 1024;
      }, 5);
    });
    const error = await refusal(fetchExternalImage(`http://localhost:${port}/big.jpg`, options({ maxBytes: 200 * 1024 })));
    expect(error.message).toMatch(/larger than/);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(closed).toBe(true);
    expect(written).toBeLessThan(10_000_000);
  });

  it('refuses at once an image whose declared length is over the cap', async () => {
    const { port } = await serve((_req, res) => res.writeHead(200, { 'content-type': 'image/png', 'content-length': String(PNG.byteLength) }).end(PNG));
    const error = await refusal(fetchExternalImage(`http://localhost:${port}/a.png`, options({ maxBytes: 10 })));
    expect(error.message).toMatch(/larger than/);
  });

  it('gives up on a slow trickle at the deadline', async () => {
    const { port } = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'image/png' });
      const timer = setInterval(() => (res.destroyed ? clearInterval(timer) : res.write(Buffer.from([0]))), 50);
    });
    const started = Date.now();
    const error = await refusal(fetchExternalImage(`http://localhost:${port}/slow.png`, options({ deadlineMs: 400 })));
    expect(error.failure).toBe('timeout');
    expect(error.message).toMatch(/took more than/);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('refuses what is not an image', async () => {
    const { port } = await serve((req, res) => {
      if (req.url === '/page') res.writeHead(200, { 'content-type': 'text/html' }).end('<html></html>');
      else if (req.url === '/drawing.svg') res.writeHead(200, { 'content-type': 'image/svg+xml' }).end('<svg/>');
      else res.writeHead(200).end(PNG);
    });
    expect((await refusal(fetchExternalImage(`http://localhost:${port}/page`, options()))).message).toMatch(/text\/html, not an image/);
    expect((await refusal(fetchExternalImage(`http://localhost:${port}/drawing.svg`, options()))).message).toMatch(/not an image/);
    expect((await refusal(fetchExternalImage(`http://localhost:${port}/untyped`, options()))).message).toMatch(/not an image/);
  });

  it('never sends credentials or cookies, redirects included', async () => {
    const { port, seen } = await serve((req, res) => {
      if (req.url === '/first.png') res.writeHead(302, { location: '/second.png', 'set-cookie': 'session=secret' }).end();
      else res.writeHead(200, { 'content-type': 'image/png' }).end(PNG);
    });
    await fetchExternalImage(`http://localhost:${port}/first.png`, options());
    expect(seen.map((s) => s.path)).toEqual(['/first.png', '/second.png']);
    for (const { headers } of seen) {
      expect(headers.authorization).toBeUndefined();
      expect(headers.cookie).toBeUndefined();
      expect(headers.referer).toBeUndefined();
    }
    const error = await refusal(fetchExternalImage(`http://user:pass@localhost:${port}/first.png`, options()));
    expect(error.message).toMatch(/credentials/);
    expect(seen).toHaveLength(2);
  });
});

describe('isPrivateAddress', () => {
  it.each([
    ['127.0.0.1', true],
    ['10.1.2.3', true],
    ['172.16.0.1', true],
    ['192.168.1.1', true],
    ['169.254.169.254', true],
    ['100.64.0.1', true],
    ['0.0.0.0', true],
    ['224.0.0.1', true],
    ['::1', true],
    ['::', true],
    ['fe80::1', true],
    ['fd00::1', true],
    ['::ffff:127.0.0.1', true],
    ['::ffff:7f00:1', true],
    ['8.8.8.8', false],
    ['93.184.216.34', false],
    ['172.32.0.1', false],
    ['2606:4700::1111', false],
    ['::ffff:8.8.8.8', false],
  ])('%s → %s', (address, expected) => {
    expect(isPrivateAddress(address)).toBe(expected);
  });
});
