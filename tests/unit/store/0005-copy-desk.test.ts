import BetterSqlite3 from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/store/database';
import { migration0001 } from '../../../electron/store/migrations/0001-stories';
import { migration0002 } from '../../../electron/store/migrations/0002-story-fields';
import { migration0003 } from '../../../electron/store/migrations/0003-library';
import { migration0004 } from '../../../electron/store/migrations/0004-revisions';
import { migration0005 } from '../../../electron/store/migrations/0005-copy-desk';
import { tempDir } from '../support/temp-core';

describe('migration 0005: copy desk', () => {
  it('allows one profile with a known role, and status moves that cascade with their story', () => {
    const db = new BetterSqlite3(path.join(tempDir(), 'm.sqlite'));
    db.pragma('foreign_keys = ON');
    migrate(db, [migration0001, migration0002, migration0003, migration0004, migration0005]);
    expect(schemaVersion(db)).toBe(5);
    db.prepare(`INSERT INTO profile (id, name, role) VALUES (1, 'Ana', 'copy_chief')`).run();
    expect(() => db.prepare(`INSERT INTO profile (id, name, role) VALUES (2, 'Tom', 'editor')`).run()).toThrow(/CHECK/);
    expect(() => db.prepare(`UPDATE profile SET role = 'boss'`).run()).toThrow(/CHECK/);
    db.prepare(`INSERT INTO stories (id, body_json, created_at, updated_at) VALUES ('s1', '{}', 1, 1)`).run();
    db.prepare(`INSERT INTO status_moves (story_id, from_status, to_status, by_name, by_role, at) VALUES ('s1', 'draft', 'in_copy', 'Ana', 'editor', 1)`).run();
    expect(db.prepare('SELECT sent_revision_id FROM stories').get()).toEqual({ sent_revision_id: null });
    db.prepare(`DELETE FROM stories WHERE id = 's1'`).run();
    expect(db.prepare('SELECT count(*) AS n FROM status_moves').get()).toEqual({ n: 0 });
    db.close();
  });
});
