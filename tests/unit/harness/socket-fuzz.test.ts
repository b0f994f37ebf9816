import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { Database } from 'better-sqlite3';
import { startHarnessServer, type HarnessServer } from '../../harness/harness-server';
import { operations } from '../../../shared/contract/operations';
import { BRIDGE_META_NAME } from '../../../shared/contract/wire';
import type { Result } from '../../../shared/contract/result';
import type { Core } from '../../../electron/core/core';
import { tempCore, tempDir } from '../support/temp-core';

const operationNames = Object.keys(operations);

/** One hash per table over all its rows, to tell whether a refused call changed anything. */
function tableHashes(db: Database): Record<string, string> {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name").pluck().all() as string[];
  const hashes: Record<string, string> = {};
  for (const table of tables) {
    const quoted = `"${table.replace(/"/g, '""')}"`;
    // Sorted rather than ORDER BY rowid: some tables have none.
    const rows = (db.prepare(`SELECT * FROM ${quoted}`).raw().all() as unknown[][])
      .map((row) => JSON.stringify(row, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : typeof v === 'bigint' ? String(v) : v)))
      .sort();
    hashes[table] = createHash('sha256').update(rows.join('\n')).digest('hex');
  }
  return hashes;
}

/** Waits out the idle work (search index, block index) an accepted save schedules for ~150 ms later. */
async function settled(db: Database): Promise<void> {
  let last = JSON.stringify(tableHashes(db));
  for (let i = 0; i < 20; i++) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const now = JSON.stringify(tableHashes(db));
    if (now === last) return;
    last = now;
  }
}

/** A payload sent as its JSON text as is: one nested this deep overflows JSON.stringify's stack. */
class RawJson {
  constructor(
    readonly text: string,
    private readonly label: string,
  ) {}
  [fc.toStringMethod](): string {
    return this.label;
  }
}

function deeplyNested(depth: number): RawJson {
  const open = Array.from({ length: depth }, (_, i) => (i % 2 === 0 ? '{"child":' : '[')).join('');
  const close = Array.from({ length: depth }, (_, i) => (i % 2 === 0 ? '}' : ']')).reverse().join('');
  return new RawJson(`${open}"bottom"${close}`, `deeplyNested(${depth})`);
}

const hostileValue = fc.oneof(
  fc.anything(),
  fc.integer({ min: 100_000, max: 2_000_000 }).map((n) => 'x'.repeat(n)),
  fc.constant(deeplyNested(5_000)),
  fc.integer({ min: 50_000, max: 500_000 }).map((n) => Array.from({ length: n }, (_, i) => i)),
  fc.constantFrom<unknown>(null, 0, -1, 1e308, '', true, [], 'not-an-object'),
  fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'body', 'headline'), fc.anything(), { maxKeys: 4 }),
  fc.constant(JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}') as unknown),
);

const call = fc.oneof(
  fc.record({ op: fc.constantFrom(...operationNames), input: hostileValue }),
  fc.record({ op: fc.string({ maxLength: 64 }).filter((name) => !operationNames.includes(name)), input: hostileValue }),
  fc.record({ op: fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty'), input: hostileValue }),
);

let server: HarnessServer;
let core: Core;
let ws: WebSocket;
let nextId = 1;
const pending = new Map<number, (result: Result<unknown>) => void>();

function send(op: string, input: unknown): Promise<Result<unknown>> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${op} did not answer`)), 15_000);
    pending.set(id, (result) => {
      clearTimeout(timer);
      resolve(result);
    });
    // JSON has no undefined: a missing input goes as null, as the renderer's bridge would send it.
    const inputText = input instanceof RawJson ? input.text : (JSON.stringify(input) ?? 'null');
    ws.send(`{"id":${id},"op":${JSON.stringify(op)},"input":${inputText}}`);
  });
}

beforeAll(async () => {
  const renderer = tempDir();
  mkdirSync(renderer, { recursive: true });
  writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
  core = tempCore();
  server = await startHarnessServer(core, { port: 0, rendererDir: renderer });
  const html = await (await fetch(server.url)).text();
  const bridge = new RegExp(`name="${BRIDGE_META_NAME}" content="([^"]+)"`).exec(html)![1]!;
  ws = await new Promise<WebSocket>((resolve, reject) => {
    const socket = new WebSocket(bridge, { origin: server.url.replace(/\/$/, ''), maxPayload: 64 * 1024 * 1024 });
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
  });
  ws.on('message', (data) => {
    const message = JSON.parse(String(data)) as { kind: string; id?: number; result?: Result<unknown> };
    if (message.kind !== 'result' || message.id === undefined) return;
    pending.get(message.id)?.(message.result!);
    pending.delete(message.id);
  });
  // Something for id-taking operations to find.
  await send('createStory', {});
  await settled(core.db);
});

afterAll(async () => {
  ws.close();
  await server.close();
});

describe('the harness socket under fuzzed requests', () => {
  it('stays up, refuses with a readable message and changes no table for a refused call', async () => {
    await fc.assert(
      fc.asyncProperty(call, async ({ op, input }) => {
        const before = tableHashes(core.db);
        const result = await send(op, input);
        expect(ws.readyState).toBe(WebSocket.OPEN);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        if (result.ok) return settled(core.db);
        expect(typeof result.error.message).toBe('string');
        expect(result.error.message.length).toBeGreaterThan(10);
        expect(result.error.message.length).toBeLessThan(1_000);
        expect(result.error.message).not.toMatch(/\n\s+at /);
        expect(tableHashes(core.db)).toEqual(before);
      }),
      { numRuns: 200 },
    );
    expect(await send('listStories', {})).toMatchObject({ ok: true });
  }, 60_000);
});
