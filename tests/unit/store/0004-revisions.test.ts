import BetterSqlite3 from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/store/database';
import { migration0001 } from '../../../electron/store/migrations/0001-stories';
import { migration0002 } from '../../../electron/store/migrations/0002-story-fields';
import { migration0003 } from '../../../electron/store/migrations/0003-library';
import { migration0004 } from '../../../electron/store/migrations/0004-revisions';
import { tempDir } from '../support/temp-core';

describe('migration 0004: revisions', () => {
  it('creates revision tables whose rows cascade with their story and check kinds and hashes', () => {
    const db = new BetterSqlite3(path.join(tempDir(), 'm.sqlite'));
    db.pragma('foreign_keys = ON');
    migrate(db, [migration0001, migration0002, migration0003, migration0004]);
    expect(schemaVersion(db)).toBe(4);
    db.prepare(`INSERT INTO stories (id, body_json, created_at, updated_at) VALUES ('s1', '{}', 1, 1)`).run();
    const insert = db.prepare(
      `INSERT INTO revisions (story_id, kind, status, created_at, updated_at, fields_json, root_json, blocks, word_count, word_delta)
       VALUES (?, ?, 'draft', 1, 1, '{}', '{}', x'', 0, 0)`,
    );
    insert.run('s1', 'checkpoint');
    expect(() => insert.run('s1', 'whim')).toThrow(/CHECK/);
    expect(() => insert.run('nope', 'autosave')).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare(`INSERT INTO revision_blocks (hash, json) VALUES (x'00', '{}')`).run()).toThrow(/CHECK/);
    db.prepare(`DELETE FROM stories WHERE id = 's1'`).run();
    expect(db.prepare('SELECT count(*) AS n FROM revisions').get()).toEqual({ n: 0 });
    db.close();
  });
});
