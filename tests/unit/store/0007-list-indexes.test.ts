import BetterSqlite3 from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/store/database';
import { migrations } from '../../../electron/store/migrations';
import { tempDir } from '../support/temp-core';

describe('migration 0007: list indexes', () => {
  it('serves a status-filtered headline sort from an index, with no sorting step', () => {
    const db = new BetterSqlite3(path.join(tempDir(), 'm.sqlite'));
    migrate(db, migrations.filter((m) => m.version <= 7));
    expect(schemaVersion(db)).toBe(7);
    const plan = (db.prepare(`EXPLAIN QUERY PLAN SELECT id FROM stories WHERE status = 'draft' ORDER BY headline COLLATE NOCASE, id LIMIT 100`).all() as { detail: string }[])
      .map((r) => r.detail)
      .join(' | ');
    expect(plan).toContain('stories_by_status_headline');
    expect(plan).not.toContain('TEMP B-TREE');
    db.close();
  });
});
