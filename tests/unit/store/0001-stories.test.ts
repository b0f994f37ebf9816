import BetterSqlite3 from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migration0001 } from '../../../electron/store/migrations/0001-stories';
import { migrate, schemaVersion } from '../../../electron/store/database';
import { tempDir } from '../support/temp-core';

describe('migration 0001: stories', () => {
  it('creates the stories table on an empty database and records version 1', () => {
    const db = new BetterSqlite3(path.join(tempDir(), 'm.sqlite'));
    migrate(db, [migration0001]);
    expect(schemaVersion(db)).toBe(1);
    const columns = (db.prepare('PRAGMA table_info(stories)').all() as { name: string }[]).map((c) => c.name);
    expect(columns).toEqual(['id', 'headline', 'body_json', 'body_text', 'word_count', 'status', 'version', 'created_at', 'updated_at']);
    db.close();
  });

  it('enforces statuses and strict types', () => {
    const db = new BetterSqlite3(path.join(tempDir(), 'm.sqlite'));
    migrate(db, [migration0001]);
    const insert = db.prepare('INSERT INTO stories (id, body_json, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
    expect(() => insert.run('a', '{}', 'draft', 1, 1)).not.toThrow();
    expect(() => insert.run('b', '{}', 'lost', 1, 1)).toThrow(/CHECK/);
    expect(() => insert.run('c', '{}', 'draft', 'yesterday', 1)).toThrow(/cannot store TEXT value in INTEGER column/);
    db.close();
  });
});
