import BetterSqlite3 from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/store/database';
import { migrations } from '../../../electron/store/migrations';
import { tempDir } from '../support/temp-core';

describe('migration 0006: notes', () => {
  it('stores notes and messages that cascade with their story and refuse empty text', () => {
    const db = new BetterSqlite3(path.join(tempDir(), 'm.sqlite'));
    db.pragma('foreign_keys = ON');
    migrate(db, migrations.filter((m) => m.version <= 6));
    expect(schemaVersion(db)).toBe(6);
    db.prepare(`INSERT INTO stories (id, body_json, created_at, updated_at) VALUES ('s1', '{}', 1, 1)`).run();
    db.prepare(`INSERT INTO notes (id, story_id, quote, created_by, created_at) VALUES ('n1', 's1', 'text', 'Ana', 1)`).run();
    db.prepare(`INSERT INTO note_messages (note_id, author, text, at) VALUES ('n1', 'Ana', 'Check this', 1)`).run();
    expect(() => db.prepare(`INSERT INTO note_messages (note_id, author, text, at) VALUES ('n1', 'Ana', '', 1)`).run()).toThrow(/CHECK/);
    expect(() => db.prepare(`INSERT INTO notes (id, story_id, quote, created_by, created_at) VALUES ('n2', 'zz', '', '', 1)`).run()).toThrow(/FOREIGN KEY/);
    db.prepare(`DELETE FROM stories WHERE id = 's1'`).run();
    expect(db.prepare('SELECT (SELECT count(*) FROM notes) + (SELECT count(*) FROM note_messages) AS n').get()).toEqual({ n: 0 });
    db.close();
  });
});
