import { spawn } from 'node:child_process';
import path from 'node:path';
import { createCore } from '../../../../electron/core/core';
import { MemorySecretStore } from '../../../../electron/secrets/memory-secret-store';
import { openDatabase } from '../../../../electron/store/database';
import { DATABASE_FILE } from '../../../../electron/core/core';

const root = path.resolve(import.meta.dirname, '..', '..', '..', '..');
const LOOP = path.join(root, 'tests', 'unit', 'stories', 'support', 'save-loop.ts');

export interface Ack {
  n: number;
  version: number;
  storyId: string;
}

export interface RoundResult {
  acks: Ack[];
  missing: string[];
  integrity: string;
}

/** Creates the story the loop autosaves. */
export async function prepare(dataDir: string): Promise<string> {
  const core = createCore({ dataDir, shell: 'harness', version: 'crash-test', secrets: new MemorySecretStore() });
  const created = (await core.dispatch('createStory', {})) as { ok: true; value: { id: string } };
  core.close();
  return created.value.id;
}

/** Runs the save loop in a child, kills it with SIGKILL after `killAfterAcks` acknowledgements, and returns them. */
export function crashOnce(dataDir: string, mainId: string, startN: number, killAfterAcks: number): Promise<Ack[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', LOOP, dataDir, mainId, String(startN)], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    const acks: Ack[] = [];
    let buffer = '';
    let errors = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let nl: number;
      while ((nl = buffer.indexOf('\n')) !== -1) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        const m = /^ack (\d+) (\d+) (\S+)$/.exec(line);
        if (m) acks.push({ n: Number(m[1]), version: Number(m[2]), storyId: m[3]! });
        if (acks.length >= killAfterAcks && child.exitCode === null && !child.killed) child.kill('SIGKILL');
      }
    });
    child.stderr.on('data', (c: Buffer) => (errors += c.toString()));
    child.once('exit', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`save loop exited by itself (${code}): ${errors}`));
      else resolve(acks);
    });
  });
}

/** Every acknowledged save must be in the library after the crash, and the file must be sound. */
export function verify(dataDir: string, mainId: string, acks: readonly Ack[]): RoundResult {
  const db = openDatabase(path.join(dataDir, DATABASE_FILE));
  try {
    const missing: string[] = [];
    const byId = db.prepare('SELECT headline, version FROM stories WHERE id = ?');
    for (const ack of acks) {
      const row = byId.get(ack.storyId) as { headline: string } | undefined;
      if (row?.headline !== `ack-${ack.n}`) missing.push(`ack-${ack.n}`);
    }
    const last = acks.at(-1);
    if (last) {
      const main = byId.get(mainId) as { headline: string; version: number };
      const savedN = Number(/^Main (\d+)$/.exec(main.headline)?.[1] ?? -1);
      if (main.version < last.version || savedN < last.n) missing.push(`main save ${last.n} (found ${main.headline}, v${main.version})`);
    }
    return { acks: [...acks], missing, integrity: String(db.pragma('integrity_check', { simple: true })) };
  } finally {
    db.close();
  }
}

/** `rounds` crash-and-check rounds on one data folder; resolves with the first failure or null. */
export async function crashRounds(dataDir: string, rounds: number, onRound?: (i: number, r: RoundResult) => void): Promise<string | null> {
  const mainId = await prepare(dataDir);
  let n = 0;
  for (let i = 0; i < rounds; i++) {
    const killAfter = 1 + ((i * 7) % 9);
    const acks = await crashOnce(dataDir, mainId, n, killAfter);
    n = (acks.at(-1)?.n ?? n) + 1;
    const result = verify(dataDir, mainId, acks);
    onRound?.(i, result);
    if (result.missing.length > 0) return `round ${i}: lost acknowledged saves ${result.missing.join(', ')}`;
    if (result.integrity !== 'ok') return `round ${i}: integrity_check said ${result.integrity}`;
  }
  return null;
}
