import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * What the proxy does to one request:
 * - forward: pass it on untouched;
 * - drop-response: forward it, let WordPress act on it, then cut the connection without answering;
 * - reset: cut the connection before forwarding (WordPress never sees it);
 * - unavailable: answer 503 with Retry-After without forwarding;
 * - latency: wait, then forward;
 * - slow-close: forward, then trickle the answer in small pieces before closing;
 * - truncate: forward, send the head and part of the body, then cut the connection.
 */
export type Fault = 'forward' | 'drop-response' | 'reset' | 'unavailable' | 'latency' | 'slow-close' | 'truncate';

export interface ProxiedRequest {
  method: string;
  path: string;
  /** 1-based count of requests the proxy has seen. */
  n: number;
}

export interface FaultProxyOptions {
  /** WordPress's own origin, e.g. http://127.0.0.1:8089. */
  target: string;
  plan?: (req: ProxiedRequest) => Fault;
  latencyMs?: number;
  retryAfterSeconds?: number;
}

export interface FaultProxy {
  url: string;
  setPlan(plan: (req: ProxiedRequest) => Fault): void;
  /** How often each fault was applied. */
  readonly applied: Record<Fault, number>;
  close(): Promise<void>;
}

/**
 * A loopback reverse proxy in front of the test WordPress that injects network faults. It rewrites
 * WordPress's absolute URLs (Link header, JSON bodies) to its own origin, so a client that discovers
 * the API through it keeps talking through it.
 */
export async function startFaultProxy(options: FaultProxyOptions): Promise<FaultProxy> {
  const target = new URL(options.target);
  let plan = options.plan ?? (() => 'forward' as Fault);
  let n = 0;
  const applied: Record<Fault, number> = { forward: 0, 'drop-response': 0, reset: 0, unavailable: 0, latency: 0, 'slow-close': 0, truncate: 0 };
  let self = '';
  const sockets = new Set<import('node:net').Socket>();

  const server: Server = createServer((req, res) => {
    const fault = plan({ method: req.method ?? 'GET', path: req.url ?? '/', n: ++n });
    applied[fault]++;
    if (fault === 'reset') {
      req.socket.destroy();
      return;
    }
    if (fault === 'unavailable') {
      req.resume();
      res.writeHead(503, { 'Retry-After': String(options.retryAfterSeconds ?? 1), 'Content-Type': 'text/html' });
      res.end('<h1>Service Unavailable</h1>');
      return;
    }
    const go = () => forward(req, res, fault);
    if (fault === 'latency') setTimeout(go, options.latencyMs ?? 300);
    else go();
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  function forward(req: IncomingMessage, res: ServerResponse, fault: Fault) {
    const headers = { ...req.headers, host: target.host };
    const upstream = httpRequest({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers }, (answer) => {
      const chunks: Buffer[] = [];
      answer.on('data', (c: Buffer) => chunks.push(c));
      answer.on('end', () => {
        if (fault === 'drop-response') {
          res.socket?.destroy();
          return;
        }
        const body = rewrite(Buffer.concat(chunks), answer.headers['content-type']);
        const out: Record<string, string | string[]> = {};
        for (const [k, v] of Object.entries(answer.headers)) {
          if (v === undefined || k === 'content-length' || k === 'transfer-encoding' || k === 'connection') continue;
          out[k] = typeof v === 'string' ? rewriteText(v) : v.map(rewriteText);
        }
        out['content-length'] = String(body.length);
        res.writeHead(answer.statusCode ?? 502, out);
        if (fault === 'truncate') {
          res.write(body.subarray(0, Math.floor(body.length / 2)));
          setTimeout(() => res.socket?.destroy(), 20);
          return;
        }
        if (fault === 'slow-close') {
          let at = 0;
          const step = Math.max(1, Math.ceil(body.length / 8));
          const tick = () => {
            if (at >= body.length) {
              res.end();
              return;
            }
            res.write(body.subarray(at, at + step));
            at += step;
            setTimeout(tick, 40);
          };
          tick();
          return;
        }
        res.end(body);
      });
    });
    upstream.on('error', () => res.socket?.destroy());
    req.pipe(upstream);
  }

  const origin = target.origin;
  const escaped = origin.replace(/\//g, '\\/');
  function rewriteText(text: string): string {
    return text.split(origin).join(self).split(escaped).join(self.replace(/\//g, '\\/'));
  }
  function rewrite(body: Buffer, type: string | undefined): Buffer {
    if (!type || !/json|html|xml|text/.test(type)) return body;
    return Buffer.from(rewriteText(body.toString('utf8')), 'utf8');
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  self = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: self,
    applied,
    setPlan: (next) => {
      plan = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
