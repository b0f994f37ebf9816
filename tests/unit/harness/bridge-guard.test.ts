import { describe, expect, it, afterEach } from 'vitest';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import WebSocket from 'ws';
import { MAX_FRAME_BYTES, startHarnessServer, type HarnessServer } from '../../harness/harness-server';
import { BRIDGE_META_NAME } from '../../../shared/contract/wire';
import { bridgeToken } from '../../harness/key-file-cipher';
import { tempCore, tempDir } from '../support/temp-core';

let server: HarnessServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function start() {
  const renderer = tempDir();
  mkdirSync(renderer, { recursive: true });
  writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
  server = await startHarnessServer(tempCore(), { port: 0, rendererDir: renderer });
  const html = await (await fetch(server.url)).text();
  const bridge = new RegExp(`name="${BRIDGE_META_NAME}" content="([^"]+)"`).exec(html)![1]!;
  return { server, bridge, origin: server.url.replace(/\/$/, '') };
}

const connect = (url: string, origin?: string) =>
  new Promise<WebSocket>((resolve, reject) => {
    const ws = new WebSocket(url, origin ? { origin } : {});
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
  });

const request = (ws: WebSocket, op: string, input: unknown) =>
  new Promise<unknown>((resolve) => {
    ws.on('message', (data) => {
      const message = JSON.parse(String(data));
      if (message.kind === 'result') resolve(message.result);
    });
    ws.send(JSON.stringify({ id: 1, op, input }));
  });

describe('the harness bridge', () => {
  it('listens on loopback only and serves the page with the CSP', async () => {
    const { server } = await start();
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const res = await fetch(server.url);
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'none'; script-src 'self'/);
  });

  it('refuses a socket without the run’s token or from another origin', async () => {
    const { bridge, origin } = await start();
    const noToken = bridge.replace(/token=[^&]+/, 'token=guess');
    await expect(connect(noToken, origin)).rejects.toThrow(/403/);
    await expect(connect(bridge, 'http://evil.example')).rejects.toThrow(/403/);
    await expect(connect(bridge)).rejects.toThrow(/403/);
  });

  it('binds the same contract: valid calls answer, malformed ones are refused', async () => {
    const { bridge, origin } = await start();
    const ws = await connect(bridge, origin);
    expect(await request(ws, 'listStories', {})).toEqual({ ok: true, value: [] });
    ws.close();
    const ws2 = await connect(bridge, origin);
    expect(await request(ws2, 'saveStory', { id: 'x' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    ws2.close();
  });
});

const rawGet = (url: string, headers: Record<string, string>) =>
  new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.get(url, { headers }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += String(chunk)));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
  });

describe('the harness under hostile input', () => {
  it('closes a socket that sends a frame over 16 MB with 1009 and keeps answering', async () => {
    const { server, bridge, origin } = await start();
    const ws = await connect(bridge, origin);
    const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
    ws.on('error', () => {});
    ws.send(Buffer.alloc(MAX_FRAME_BYTES + 1, 0x20));
    expect(await closed).toBe(1009);
    expect((await fetch(server.url)).status).toBe(200);
    const again = await connect(bridge, origin);
    expect(await request(again, 'listStories', {})).toEqual({ ok: true, value: [] });
    again.close();
  });

  it('refuses a request naming another host (DNS rebinding) before serving the page or its token', async () => {
    const { server, bridge, origin } = await start();
    const rebound = await rawGet(server.url, { host: `evil.example:${server.port}` });
    expect(rebound.status).toBe(421);
    expect(rebound.body).not.toContain('token');
    expect((await rawGet(server.url, { host: `localhost:${server.port}` })).status).toBe(200);
    const viaRebound = new WebSocket(bridge, { origin, headers: { host: `evil.example:${server.port}` } });
    await expect(
      new Promise((resolve, reject) => {
        viaRebound.once('open', resolve);
        viaRebound.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
      }),
    ).rejects.toThrow(/403/);
  });

  it('serves media only to a request carrying the run’s token, which the page sets as its cookie', async () => {
    const { server } = await start();
    const media = `${server.url}media/${'a'.repeat(64)}/thumb.webp`;
    expect((await fetch(media)).status).toBe(403);
    const page = await fetch(server.url);
    const cookie = page.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    // Past the token check: the item does not exist, so the media route itself answers.
    expect((await fetch(media, { headers: { cookie: cookie.split(';')[0]! } })).status).toBe(404);
    expect((await fetch(media, { headers: { cookie: 'presswork-token=guess' } })).status).toBe(403);
  });
});

describe('the harness serves no file that a link takes out of its folder', () => {
  it('answers 404 for a renderer file linked to one outside', async () => {
    const renderer = tempDir();
    writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
    const outside = tempDir();
    writeFileSync(path.join(outside, 'secrets.json'), '{"site":"sealed"}');
    symlinkSync(path.join(outside, 'secrets.json'), path.join(renderer, 'leak.json'));
    server = await startHarnessServer(tempCore(), { port: 0, rendererDir: renderer });
    expect((await fetch(`${server.url}leak.json`)).status).toBe(404);
    expect((await fetch(server.url)).status).toBe(200);
  });
});

describe('the harness plays the native open dialog', () => {
  it('grants tokens for absolute paths to a caller with the run’s token only', async () => {
    const { server, bridge } = await start();
    const token = new URL(bridge).searchParams.get('token')!;
    const choose = (query: string, body: unknown) => fetch(`${server.url}os/choose-files${query}`, { method: 'POST', body: JSON.stringify(body) });
    expect((await choose('', { paths: ['/tmp/a.jpg'] })).status).toBe(403);
    expect((await choose('?token=guess', { paths: ['/tmp/a.jpg'] })).status).toBe(403);
    expect((await choose(`?token=${token}`, { paths: ['../a.jpg'] })).status).toBe(400);
    const grants = (await (await choose(`?token=${token}`, { paths: ['/tmp/a.jpg'] })).json()) as { token: string; name: string }[];
    expect(grants).toEqual([{ token: expect.stringMatching(/^[0-9a-f]{32}$/), name: 'a.jpg' }]);
  });
});

describe('the harness restarted on the same data folder', () => {
  it('answers the page it served before with the same token, derived from its key; another folder or key gives another', async () => {
    const keyFile = path.join(tempDir(), 'config', 'harness.key');
    const data = tempDir();
    const token = bridgeToken(keyFile, data);
    expect(token).toMatch(/^[0-9a-f]{48}$/);
    expect(bridgeToken(keyFile, data)).toBe(token);
    expect(bridgeToken(keyFile, tempDir())).not.toBe(token);
    expect(bridgeToken(path.join(tempDir(), 'other.key'), data)).not.toBe(token);

    const renderer = tempDir();
    writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
    const core = tempCore();
    server = await startHarnessServer(core, { port: 0, rendererDir: renderer, token });
    const { port } = server;
    const origin = server.url.replace(/\/$/, '');
    const bridge = new RegExp(`name="${BRIDGE_META_NAME}" content="([^"]+)"`).exec(await (await fetch(server.url)).text())![1]!;
    await server.close();

    // The same port, the same derived token: the old page's address still opens, and still only with its origin.
    server = await startHarnessServer(core, { port, rendererDir: renderer, token: bridgeToken(keyFile, data) });
    const ws = await connect(bridge, origin);
    expect(await request(ws, 'listStories', {})).toEqual({ ok: true, value: [] });
    ws.close();
    await expect(connect(bridge, 'http://evil.example')).rejects.toThrow(/403/);
    await expect(connect(bridge.replace(/token=[^&]+/, 'token=guess'), origin)).rejects.toThrow(/403/);
  });

  it('takes no token too short to be secret', async () => {
    await expect(startHarnessServer(tempCore(), { port: 0, rendererDir: tempDir(), token: 'abc123' })).rejects.toThrow(/16 random bytes/);
  });
});
