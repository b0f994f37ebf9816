import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { WebSocketServer, type WebSocket } from 'ws';
import { WireRequest, BRIDGE_META_NAME } from '../../shared/contract/wire';
import type { Core } from '../../electron/core/core';
import { readConfinedFile } from '../../electron/security/confined-file';
import { contentSecurityPolicy } from '../../electron/security/csp';
import { resolveAppRequest } from '../../electron/security/protocol-path';
import { isMediaPath, resolveMediaRequest } from '../../electron/media/media-url';

export interface HarnessServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

const LOOPBACK = '127.0.0.1';
/** A frame larger than this closes the socket (1009); media travels in 4 MB chunks, base64 ~5.4 MB. */
export const MAX_FRAME_BYTES = 16 * 1024 * 1024;
/** The run's token rides in this cookie too, so the page's own `<img src="/media/…">` may load. */
const TOKEN_COOKIE = 'presswork-token';
/** Where tests play the OS handing the app a presswork:// link (Electron's open-url). */
export const OPEN_URL_PATH = '/os/open-url';
/** Where tests play the user closing the window: the core's close gate runs as in Electron; answers its outcome. */
export const CLOSE_WINDOW_PATH = '/os/close-window';
/** Where tests and benches play the native open dialog: POST `{"paths": [...]}`, answers the grants the renderer imports by. */
export const CHOOSE_FILES_PATH = '/os/choose-files';

/**
 * Serves the built renderer and binds the contract over a WebSocket, on loopback only. The socket
 * demands a token (handed to the page in a meta tag; random per run unless the caller derives one
 * that outlives a restart) and the page's own Origin, so no other local page or process can drive the core. Every request must name the loopback host in `Host`
 * (a DNS-rebound name is refused before the page, and so the token, is served), and media and the
 * `/os/*` routes need the token as well.
 */
export async function startHarnessServer(core: Core, options: { port: number; rendererDir: string; token?: string }): Promise<HarnessServer> {
  const token = options.token ?? randomBytes(24).toString('hex');
  if (!/^[0-9a-f]{32,}$/.test(token)) throw new Error('The bridge token must be at least 16 random bytes in hex.');
  const server = http.createServer();
  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });
  let origin = '';
  let port = 0;
  const isOwnHost = (host: string | undefined) => host === `${LOOPBACK}:${port}` || host === `localhost:${port}`;
  // A broken request or socket must never take the harness down: it is what `npm start` opens.
  server.on('clientError', (_error, socket) => socket.destroy());
  sockets.on('error', () => {});

  server.on('request', (req, res) => {
    void (async () => {
      if (!isOwnHost(req.headers.host)) {
        res.writeHead(421).end();
        return;
      }
      const requestUrl = new URL(req.url ?? '/', origin);
      if (requestUrl.pathname === OPEN_URL_PATH) {
        await openUrlFromOs(core, req, res, requestUrl.searchParams.get('token') === token);
        return;
      }
      if (requestUrl.pathname === CHOOSE_FILES_PATH) {
        await chooseFilesFromOs(core, req, res, requestUrl.searchParams.get('token') === token);
        return;
      }
      if (requestUrl.pathname === CLOSE_WINDOW_PATH) {
        if (req.method !== 'POST' || requestUrl.searchParams.get('token') !== token) res.writeHead(403).end();
        else res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(await core.requestClose()));
        return;
      }
      const media = isMediaPath(requestUrl.pathname);
      if (media && cookieToken(req) !== token) {
        res.writeHead(403).end();
        return;
      }
      const answer = media
        ? resolveMediaRequest(core.mediaDir, req.method ?? 'GET', requestUrl.pathname)
        : resolveAppRequest(options.rendererDir, req.method ?? 'GET', requestUrl.toString(), null);
      if (answer.kind === 'refuse') {
        res.writeHead(answer.status).end();
        return;
      }
      let body = await readConfinedFile(media ? core.mediaDir : options.rendererDir, answer.path);
      if (body === null) {
        res.writeHead(404).end();
        return;
      }
      const page = answer.path.endsWith('index.html');
      if (page) {
        const meta = `<meta name="${BRIDGE_META_NAME}" content="ws://${LOOPBACK}:${port}/bridge?token=${token}">`;
        body = Buffer.from(body.toString('utf8').replace('<head>', `<head>\n    ${meta}`));
      }
      res.writeHead(200, {
        'content-type': answer.mime,
        'content-security-policy': contentSecurityPolicy({ connectSrc: [`ws://${LOOPBACK}:${port}`] }),
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-store',
        'cross-origin-resource-policy': 'same-origin',
        ...(page ? { 'set-cookie': `${TOKEN_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Strict` } : {}),
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    })();
  });

  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', origin);
    if (!isOwnHost(req.headers.host) || url.pathname !== '/bridge' || url.searchParams.get('token') !== token || req.headers.origin !== origin) {
      socket.write('HTTP/1.1 403 Forbidden\r\n\r\n');
      socket.destroy();
      return;
    }
    sockets.handleUpgrade(req, socket, head, (ws) => bindSocket(core, ws));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, LOOPBACK, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  origin = `http://${LOOPBACK}:${port}`;

  return {
    url: `${origin}/`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of sockets.clients) client.terminate();
        sockets.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A small request body, or null (answered 413) when it is larger than `limit` characters. */
async function smallBody(req: http.IncomingMessage, res: http.ServerResponse, limit: number): Promise<string | null> {
  let body = '';
  for await (const chunk of req) {
    body += String(chunk);
    if (body.length > limit) {
      res.writeHead(413).end();
      return null;
    }
  }
  return body;
}

async function openUrlFromOs(core: Core, req: http.IncomingMessage, res: http.ServerResponse, authorised: boolean): Promise<void> {
  if (req.method !== 'POST' || !authorised) {
    res.writeHead(403).end();
    return;
  }
  const body = await smallBody(req, res, 16_384);
  if (body !== null) res.writeHead((await core.openUrl(body.trim())) ? 204 : 404).end();
}

async function chooseFilesFromOs(core: Core, req: http.IncomingMessage, res: http.ServerResponse, authorised: boolean): Promise<void> {
  if (req.method !== 'POST' || !authorised) {
    res.writeHead(403).end();
    return;
  }
  const body = await smallBody(req, res, 4 * 1024 * 1024);
  if (body === null) return;
  let paths: unknown;
  try {
    paths = (JSON.parse(body) as { paths?: unknown }).paths;
  } catch {
    paths = null;
  }
  if (!Array.isArray(paths) || !paths.every((p) => typeof p === 'string' && path.isAbsolute(p))) {
    res.writeHead(400).end();
    return;
  }
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(core.grantFiles(paths as string[])));
}

function cookieToken(req: http.IncomingMessage): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, value] = part.trim().split('=');
    if (name === TOKEN_COOKIE) return value;
  }
  return undefined;
}

function bindSocket(core: Core, ws: WebSocket): void {
  // ws itself closes the socket on an oversized (1009) or broken (1002) frame; listening keeps the
  // error from being thrown into the process.
  ws.on('error', () => {});
  const unsubscribe = core.events.subscribe((name, payload) => {
    ws.send(JSON.stringify({ kind: 'event', name, payload }));
  });
  ws.on('close', unsubscribe);
  ws.on('message', (data) => {
    let request: WireRequest;
    try {
      request = WireRequest.parse(JSON.parse(String(data)));
    } catch {
      ws.close(1008, 'malformed frame');
      return;
    }
    void core.dispatch(request.op, request.input).then((result) => {
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ kind: 'result', id: request.id, result }));
    });
  });
}
