import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/store/database';
import { createLibrary } from '../../../electron/store/library';
import type { BodyState } from '../../../shared/story/story-schema';
import { tempDir } from '../support/temp-core';

const body = (t: string) =>
  ({ root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text: t, format: 0, detail: 0, mode: 'normal', style: '' }] }] } }) as unknown as BodyState;

describe('the idle work after saves', () => {
  it('restarts the WAL after its checkpoint itself, so the next save does not pay the new header’s sync', () => {
    const file = path.join(tempDir(), 'library.sqlite');
    const db = openDatabase(file);
    const lib = createLibrary(db);
    lib.afterSaves.cancel();
    const { id } = lib.stories.create();
    // A restart gives the WAL header new salts (bytes 16–23).
    const salts = () => readFileSync(`${file}-wal`).subarray(16, 24).toString('hex');
    let checkpointed = false;
    for (let i = 0; i < 40 && !checkpointed; i++) {
      lib.stories.save({ id, headline: 'Talks', body: body(`Edit ${i}`) });
      lib.search.schedule();
      const before = salts();
      lib.afterSaves.runNow();
      lib.afterSaves.cancel();
      checkpointed = salts() !== before;
    }
    expect(checkpointed).toBe(true);
    const after = salts();
    lib.stories.save({ id, headline: 'Talks', body: body('After the checkpoint') });
    expect(salts()).toBe(after);
    db.close();
  });
});
