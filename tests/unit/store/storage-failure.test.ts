import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/core';
import { MemorySecretStore } from '../../../electron/secrets/memory-secret-store';
import { UserFacingError } from '../../../shared/contract/result';
import type { BodyState } from '../../../shared/story/story-schema';
import { tempCore } from '../support/temp-core';

const DISK_FULL = 'The disk holding your library is full. Free some space; your words stay in the editor and are saved as soon as there is room.';

const body = (text: string): BodyState => ({
  root: { type: 'root', children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text }] }] },
});

async function newStory(core: Core): Promise<string> {
  const created = (await core.dispatch('createStory', {})) as { ok: true; value: { id: string } };
  return created.value.id;
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const mounts: string[] = [];
afterAll(() => {
  for (const dir of mounts.splice(0)) {
    execFileSync('umount', [dir]);
    rmSync(dir, { recursive: true, force: true });
  }
});
function tmpfs(options: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'presswork-tmpfs-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir]);
  mounts.push(dir);
  return dir;
}
if (!isRoot) console.log('storage-failure: the tmpfs cases need root to mount a small disk; skipped.');

describe('a full disk', () => {
  it('answers a save with the storage sentence, and the same words save once there is room', async () => {
    const core = tempCore();
    const id = await newStory(core);
    const pages = Number(core.db.pragma('page_count', { simple: true }));
    core.db.pragma(`max_page_count = ${pages}`);
    const words = body('x'.repeat(200_000));
    const refused = await core.dispatch('saveStory', { id, headline: 'Full', body: words });
    expect(refused).toEqual({ ok: false, error: { code: 'storage', message: DISK_FULL } });
    core.db.pragma('max_page_count = 1073741823');
    expect(await core.dispatch('saveStory', { id, headline: 'Full', body: words })).toMatchObject({ ok: true });
    expect(await core.dispatch('getStory', { id })).toMatchObject({ ok: true, value: { headline: 'Full', body: words } });
  });

  it.skipIf(!isRoot)('on a real 2 MB disk that is filled up', async () => {
    const dir = tmpfs('size=2m');
    const dataDir = path.join(dir, 'data');
    const core = createCore({ dataDir, shell: 'harness', version: 'test', secrets: new MemorySecretStore() });
    try {
      const id = await newStory(core);
      let n = 0;
      try {
        for (;;) writeFileSync(path.join(dir, `filler-${n++}`), Buffer.alloc(64 * 1024));
      } catch {
        /* the disk is full now */
      }
      const words = body('y'.repeat(300_000));
      expect(await core.dispatch('saveStory', { id, headline: 'Full disk', body: words })).toEqual({
        ok: false,
        error: { code: 'storage', message: DISK_FULL },
      });
      for (let i = 0; i < n; i++) rmSync(path.join(dir, `filler-${i}`), { force: true });
      expect(await core.dispatch('saveStory', { id, headline: 'Full disk', body: words })).toMatchObject({ ok: true });
    } finally {
      core.close();
    }
  });
});

/** What starting a core on `dataDir` throws. */
function startupError(dataDir: string): UserFacingError {
  try {
    createCore({ dataDir, shell: 'harness', version: 'test', secrets: new MemorySecretStore() }).close();
  } catch (error) {
    expect(error).toBeInstanceOf(UserFacingError);
    return error as UserFacingError;
  }
  throw new Error(`a core started on ${dataDir}`);
}

describe('a library folder that cannot be written', () => {
  it.skipIf(!isRoot)('stops start-up with a sentence naming the folder, not a stack', () => {
    const dir = tmpfs('size=1m,ro');
    expect(startupError(dir).message).toBe(`Presswork cannot write to its library folder (${dir}): check its permissions.`);
  });

  it.skipIf(!isRoot)('says the same when the folder would have to be made on a read-only disk', () => {
    const dir = path.join(tmpfs('size=1m,ro'), 'Presswork');
    expect(startupError(dir).message).toBe(`Presswork cannot write to its library folder (${dir}): check its permissions.`);
  });

  it('names the folder and the way out when a file stands where the folder should be', () => {
    const parent = mkdtempSync(path.join(os.tmpdir(), 'presswork-blocked-'));
    writeFileSync(path.join(parent, 'file'), 'not a folder');
    const dir = path.join(parent, 'file', 'Presswork');
    try {
      const { message } = startupError(dir);
      expect(message).toMatch(`cannot create its library folder (${dir}): ${path.join(parent, 'file')} is a file`);
      expect(message).toMatch('PRESSWORK_DATA_DIR');
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });
});
