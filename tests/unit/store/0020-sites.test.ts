import BetterSqlite3 from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/store/database';
import { migration0001 } from '../../../electron/store/migrations/0001-stories';
import { migration0020 } from '../../../electron/store/migrations/0020-sites';
import { tempDir } from '../support/temp-core';

describe('migration 0020: sites', () => {
  it('creates the site profiles table, with no column for a password', () => {
    const db = new BetterSqlite3(path.join(tempDir(), 'm.sqlite'));
    migrate(db, [migration0001, migration0020]);
    expect(schemaVersion(db)).toBe(20);
    const columns = (db.prepare('PRAGMA table_info(sites)').all() as { name: string }[]).map((c) => c.name);
    expect(columns).toEqual(['id', 'name', 'url', 'username', 'api_root', 'wp_version', 'remote_user_json', 'connected_at', 'created_at', 'updated_at']);
    expect(columns.some((c) => /pass|secret|token/i.test(c))).toBe(false);
    db.close();
  });

  it('keeps profile names unique regardless of case, and non-empty', () => {
    const db = new BetterSqlite3(path.join(tempDir(), 'm.sqlite'));
    migrate(db, [migration0001, migration0020]);
    const insert = db.prepare(
      `INSERT INTO sites (id, name, url, username, api_root, remote_user_json, connected_at, created_at, updated_at) VALUES (?, ?, 'http://x', 'u', 'http://x/wp-json/', '{}', 1, 1, 1)`,
    );
    insert.run('a', 'Staging');
    expect(() => insert.run('b', 'staging')).toThrow(/UNIQUE/);
    expect(() => insert.run('c', '')).toThrow(/CHECK/);
    db.close();
  });
});
