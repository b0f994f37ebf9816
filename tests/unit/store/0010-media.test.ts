import BetterSqlite3 from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/store/database';
import { migration0001 } from '../../../electron/store/migrations/0001-stories';
import { migration0002 } from '../../../electron/store/migrations/0002-story-fields';
import { migration0010 } from '../../../electron/store/migrations/0010-media';
import { tempDir } from '../support/temp-core';

const sha = (c: string) => c.repeat(64);

function open() {
  const db = new BetterSqlite3(path.join(tempDir(), 'm.sqlite'));
  migrate(db, [migration0001, migration0002, migration0010]);
  return db;
}

describe('migration 0010: media', () => {
  it('creates the media table and records version 10', () => {
    const db = open();
    expect(schemaVersion(db)).toBe(10);
    const columns = (db.prepare('PRAGMA table_info(media)').all() as { name: string }[]).map((c) => c.name);
    expect(columns).toEqual([
      'id', 'sha256', 'filename', 'format', 'width', 'height', 'byte_size', 'alt', 'caption', 'credit', 'source', 'licence',
      'focal_x', 'focal_y', 'created_at', 'updated_at', 'trashed_at',
    ]);
    db.close();
  });

  it('holds one row per hash, only known formats, lowercase hex hashes and focal points inside the image', () => {
    const db = open();
    const insert = db.prepare(
      `INSERT INTO media (id, sha256, filename, format, width, height, byte_size, focal_x, created_at, updated_at) VALUES (?, ?, 'f.jpg', ?, 10, 10, 100, ?, 1, 1)`,
    );
    expect(() => insert.run('a', sha('a'), 'jpeg', 0.5)).not.toThrow();
    expect(() => insert.run('b', sha('a'), 'jpeg', 0.5)).toThrow(/UNIQUE/);
    expect(() => insert.run('c', sha('b'), 'heic', 0.5)).toThrow(/CHECK/);
    expect(() => insert.run('d', sha('A'), 'png', 0.5)).toThrow(/CHECK/);
    expect(() => insert.run('e', 'abc', 'png', 0.5)).toThrow(/CHECK/);
    expect(() => insert.run('f', sha('c'), 'png', 1.5)).toThrow(/CHECK/);
    expect(() => insert.run('g', sha('d'), 'png', 'middle')).toThrow(/cannot store TEXT value in REAL column/);
    db.close();
  });
});
