import { describe, expect, it, afterEach } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import WebSocket from 'ws';
import { startHarnessServer, type HarnessServer } from '../../harness/harness-server';
import { BRIDGE_META_NAME } from '../../../shared/contract/wire';
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
