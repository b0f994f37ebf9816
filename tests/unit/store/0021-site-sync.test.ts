import BetterSqlite3 from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/store/database';
import { migration0001 } from '../../../electron/store/migrations/0001-stories';
import { migration0020 } from '../../../electron/store/migrations/0020-sites';
import { migration0021 } from '../../../electron/store/migrations/0021-site-sync';
import { tempDir } from '../support/temp-core';

function open() {
  const db = new BetterSqlite3(path.join(tempDir(), 'm.sqlite'));
  db.pragma('foreign_keys = ON');
  migrate(db, [migration0001, migration0020, migration0021]);
  db.prepare(`INSERT INTO sites (id, name, url, username, api_root, remote_user_json, connected_at, created_at, updated_at) VALUES ('s', 'Staging', 'http://x', 'u', 'http://x/wp-json/', '{}', 1, 1, 1)`).run();
  db.prepare(`INSERT INTO stories (id, body_json, created_at, updated_at) VALUES ('a', '{}', 1, 1), ('b', '{}', 1, 1)`).run();
  return db;
}

describe('migration 0021: site sync', () => {
  it('creates terms, authors, sync state and story-to-post links', () => {
    const db = open();
    expect(schemaVersion(db)).toBe(21);
    const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as { name: string }[]).map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(['site_terms', 'site_authors', 'site_sync_state', 'story_remote']));
    db.close();
  });

  it('allows one remote post per story and site, and one story per remote post', () => {
    const db = open();
    const link = db.prepare(`INSERT INTO story_remote (story_id, site_id, client_id, slug, intent_at, remote_id) VALUES (?, 's', ?, 'x', 1, ?)`);
    link.run('a', 'c1', 7);
    expect(() => link.run('a', 'c2', 8)).toThrow(/UNIQUE/);
    expect(() => link.run('b', 'c3', 7)).toThrow(/UNIQUE/);
    link.run('b', 'c4', null);
    db.close();
  });

  it('only knows categories and tags, and forgets a deleted site’s data', () => {
    const db = open();
    const term = db.prepare(`INSERT INTO site_terms (site_id, taxonomy, remote_id, name, slug) VALUES ('s', ?, ?, 'n', 'n')`);
    term.run('category', 1);
    expect(() => term.run('genre', 2)).toThrow(/CHECK/);
    db.prepare(`DELETE FROM sites WHERE id = 's'`).run();
    expect(db.prepare('SELECT count(*) AS n FROM site_terms').get()).toEqual({ n: 0 });
    db.close();
  });
});
