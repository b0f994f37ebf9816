import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach } from 'vitest';

/** What one listener received: enough to prove that nothing (no body, no password) reached it. */
export interface Received {
  method: string;
  url: string;
  authorization: string | undefined;
  body: string;
}

export interface Listener {
  origin: string;
  port: number;
  received: Received[];
  close(): Promise<void>;
}

/** A site on 127.0.0.1 (port 0) answering as `answer` says: plays the hostile site the tests need. */
export async function listen(answer: (req: IncomingMessage, res: ServerResponse, body: string) => void): Promise<Listener> {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      received.push({ method: req.method ?? '', url: req.url ?? '', authorization: req.headers.authorization, body });
      answer(req, res, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The REST index WordPress serves at /wp-json/, with application passwords on. */
export function restIndex(origin: string): string {
  return JSON.stringify({
    name: 'Hostile',
    namespaces: ['wp/v2'],
    authentication: { 'application-passwords': { endpoints: { authorization: `${origin}/wp-admin/authorize-application.php` } } },
  });
}

export function json(res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify(value));
}

/**
 * A fetch that sends requests for the named hosts to local listeners, keeping the URL's host in
 * the Host header: two "origins" that differ only by scheme or www on one machine.
 */
export function mappedFetch(hosts: Record<string, Listener>): typeof fetch {
  return (input, init) => {
    const url = new URL(input instanceof Request ? input.url : input.toString());
    const target = hosts[`${url.protocol}//${url.host}`];
    if (!target) return Promise.reject(new TypeError(`no listener for ${url.origin}`));
    return fetch(`${target.origin}${url.pathname}${url.search}`, init);
  };
}

/** A `listen` for one test file: every listener it opens is closed after each test. */
export function listenClosedAfterEach(): typeof listen {
  const open: Listener[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((l) => l.close()));
  });
  return async (answer) => {
    const l = await listen(answer);
    open.push(l);
    return l;
  };
}
