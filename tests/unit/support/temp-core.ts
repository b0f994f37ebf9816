import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { createCore, type Core } from '../../../electron/core/core';
import { MemorySecretStore } from '../../../electron/secrets/memory-secret-store';

const made: { dir: string; core?: Core }[] = [];

afterEach(() => {
  for (const m of made.splice(0)) {
    try {
      m.core?.close();
    } catch {
      /* already closed by the test */
    }
    rmSync(m.dir, { recursive: true, force: true });
  }
});

export function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'presswork-unit-'));
  made.push({ dir });
  return dir;
}

/** A real core on a fresh data folder, with real SQLite; closed and deleted after the test. */
export function tempCore(now?: () => number): Core {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'presswork-core-'));
  const core = createCore({ dataDir: dir, shell: 'harness', version: 'test', secrets: new MemorySecretStore(), now });
  made.push({ dir, core });
  return core;
}
