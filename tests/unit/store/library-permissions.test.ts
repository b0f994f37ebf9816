import { statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore, DATABASE_FILE } from '../../../electron/core/core';
import { Backups } from '../../../electron/store/backups';
import { MemorySecretStore } from '../../../electron/secrets/memory-secret-store';
import { tempDir } from '../support/temp-core';

const mode = (file: string) => statSync(file).mode & 0o777;

describe('a new library on disk', () => {
  it('is created readable by its user only: the folder 0700, the database and its journal 0600, backups in a 0700 folder', async () => {
    const dataDir = path.join(tempDir(), 'Presswork');
    const core = createCore({ dataDir, shell: 'harness', version: 'test', secrets: new MemorySecretStore() });
    try {
      const created = await core.dispatch('createStory', {});
      expect(created.ok).toBe(true);
      const db = path.join(dataDir, DATABASE_FILE);
      expect(mode(dataDir)).toBe(0o700);
      expect(mode(db)).toBe(0o600);
      expect(mode(`${db}-wal`)).toBe(0o600);
      const backups = Backups.beside(core.db);
      await backups.take();
      expect(mode(backups.dir)).toBe(0o700);
    } finally {
      core.close();
    }
  });
});
