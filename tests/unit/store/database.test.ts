import BetterSqlite3 from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, openDatabase, schemaVersion } from '../../../electron/store/database';
import { migrations } from '../../../electron/store/migrations';
import type { Migration } from '../../../electron/store/migration';
import { tempDir } from '../support/temp-core';

describe('opening the library database', () => {
  it('uses WAL, synchronous=FULL and foreign keys, and brings the schema up to date', () => {
    const db = openDatabase(path.join(tempDir(), 'lib.sqlite'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(schemaVersion(db)).toBe(Math.max(...migrations.map((m) => m.version)));
    db.close();
  });

  it('numbers migrations uniquely and in order', () => {
    const versions = migrations.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(versions[0]).toBe(1);
  });

  it('refuses a database written by a newer Presswork, with a message saying so', () => {
    const file = path.join(tempDir(), 'lib.sqlite');
    const raw = new BetterSqlite3(file);
    raw.pragma('user_version = 999');
    raw.close();
    expect(() => openDatabase(file)).toThrow(/newer Presswork.*Update Presswork/);
  });

  it('rolls a failing migration back whole and keeps the previous version', () => {
    const db = new BetterSqlite3(path.join(tempDir(), 'lib.sqlite'));
    const broken: Migration[] = [
      { version: 1, name: 'ok', up: (d) => d.exec('CREATE TABLE a (x INTEGER)') },
      {
        version: 2,
        name: 'fails halfway',
        up: (d) => {
          d.exec('CREATE TABLE b (x INTEGER)');
          throw new Error('boom');
        },
      },
    ];
    expect(() => migrate(db, broken)).toThrow('boom');
    expect(schemaVersion(db)).toBe(1);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'b'").get()).toBeUndefined();
    db.close();
  });

  it('reports a damaged file instead of opening it', () => {
    const file = path.join(tempDir(), 'lib.sqlite');
    writeFileSync(file, Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(4096, 0x41)]));
    expect(() => openDatabase(file)).toThrow();
  });
});
