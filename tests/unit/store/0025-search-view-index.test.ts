import BetterSqlite3 from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/store/database';
import { migrations } from '../../../electron/store/migrations';
import { tempDir } from '../support/temp-core';

describe('migration 0025: search view index', () => {
  it('checks a match against the library view from an index, never from the story row', () => {
    const db = new BetterSqlite3(path.join(tempDir(), 'm.sqlite'));
    migrate(db, migrations.filter((m) => m.version <= 25));
    expect(schemaVersion(db)).toBe(25);
    const plan = (
      db
        .prepare(
          `EXPLAIN QUERY PLAN SELECT f.rowid FROM story_search f CROSS JOIN story_text t ON t.docid = f.rowid CROSS JOIN stories s INDEXED BY stories_view ON s.id = t.story_id
           WHERE story_search MATCH 'word' AND s.status != 'spiked' AND s.archived_at IS NULL ORDER BY f.rowid DESC LIMIT 10`,
        )
        .all() as { detail: string }[]
    )
      .map((r) => r.detail)
      .join(' | ');
    expect(plan).toContain('COVERING INDEX stories_view');
    db.close();
  });
});
