import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore, DATABASE_FILE } from '../../../electron/core/core';
import { MemorySecretStore } from '../../../electron/secrets/memory-secret-store';
import { Backups } from '../../../electron/store/backups';
import type { Story } from '../../../shared/story/story-schema';
import { tempDir } from '../support/temp-core';

const body = (text: string) => ({ root: { type: 'root' as const, children: [{ type: 'paragraph', children: [{ type: 'text', text }] }] } });

function core(dir: string) {
  return createCore({ dataDir: dir, shell: 'harness', version: 'test', secrets: new MemorySecretStore() });
}

async function ok<T>(p: Promise<unknown>): Promise<T> {
  const r = (await p) as { ok: boolean; value?: T; error?: unknown };
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value as T;
}

describe('rolling backups', () => {
  it('keeps the newest five consistent backups made through the backup API', async () => {
    const dir = tempDir();
    const c = core(dir);
    let clock = 1_700_000_000_000;
    const backups = new Backups(c.db, path.join(dir, 'backups'), 5, () => clock);
    for (let i = 0; i < 7; i++) {
      const s = await ok<Story>(c.dispatch('createStory', {}));
      await ok(c.dispatch('saveStory', { id: s.id, headline: `Story ${i}`, body: body('text') }));
      await backups.take();
      clock += 1000;
    }
    const list = backups.list();
    expect(list).toHaveLength(5);
    expect(list[0]!.at).toBe(1_700_000_006_000);
    expect(readdirSync(path.join(dir, 'backups')).filter((n) => n.endsWith('.partial'))).toEqual([]);
    c.close();
  });

  it('reports a damaged library at start, keeps it aside, and restores the last good backup on request', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'presswork-backup-'));
    const first = core(dir);
    const s = await ok<Story>(first.dispatch('createStory', {}));
    await ok(first.dispatch('saveStory', { id: s.id, headline: 'Kept by the backup', body: body('granite quarry') }));
    const backup = await ok<{ name: string }>(first.dispatch('backupLibrary', {}));
    first.close();

    // Corrupt the library: overwrite pages past the header.
    const file = path.join(dir, DATABASE_FILE);
    const bytes = readFileSync(file);
    bytes.fill(0x5a, 4096, Math.min(bytes.length, 4096 * 6));
    writeFileSync(file, bytes);
    // A damaged backup newer than the good one is skipped.
    writeFileSync(path.join(dir, 'backups', 'library-9999999999999.sqlite'), Buffer.alloc(8192, 0x41));

    const second = core(dir);
    const health = await ok<{ damaged: { message: string; keptAs: string } | null; lastGood: { name: string } | null }>(second.dispatch('getLibraryHealth', {}));
    expect(health.damaged?.message).toMatch(/damaged/);
    expect(readdirSync(dir).some((n) => n.startsWith(`${DATABASE_FILE}.damaged-`))).toBe(true);
    expect(health.lastGood?.name).toBe(backup.name);
    await ok(second.dispatch('restoreBackup', { name: backup.name }));
    const restored = await ok<Story>(second.dispatch('getStory', { id: s.id }));
    expect(restored.headline).toBe('Kept by the backup');
    const hits = await ok<unknown[]>(second.dispatch('searchStories', { query: 'granite' }));
    expect(hits).toHaveLength(1);
    expect(second.db.pragma('integrity_check', { simple: true })).toBe('ok');
    second.close();
  });

  it('still refuses, rather than sets aside, a library from a newer Presswork', async () => {
    const dir = tempDir();
    const c = core(dir);
    c.db.pragma('user_version = 9999');
    c.close();
    expect(() => core(dir)).toThrow(/newer Presswork/);
  });
});
