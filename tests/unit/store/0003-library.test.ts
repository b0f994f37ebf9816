import BetterSqlite3 from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/store/database';
import { migration0001 } from '../../../electron/store/migrations/0001-stories';
import { migration0002 } from '../../../electron/store/migrations/0002-story-fields';
import { migration0003 } from '../../../electron/store/migrations/0003-library';
import { tempDir } from '../support/temp-core';

function open() {
  const db = new BetterSqlite3(path.join(tempDir(), 'm.sqlite'));
  db.pragma('foreign_keys = ON');
  return db;
}

const search = (db: BetterSqlite3.Database, q: string) =>
  (db.prepare('SELECT t.story_id AS id FROM story_search f JOIN story_text t ON t.docid = f.rowid WHERE story_search MATCH ? ORDER BY rank').all(q) as { id: string }[]).map((r) => r.id);

describe('migration 0003: library search and indexes', () => {
  it('moves existing text into the search index and drops stories.body_text', () => {
    const db = open();
    migrate(db, [migration0001, migration0002]);
    db.prepare(`INSERT INTO stories (id, headline, body_json, body_text, created_at, updated_at) VALUES ('s1', 'Flood warning', '{}', 'Rivers rose overnight in Évora.', 1, 1)`).run();
    migrate(db, [migration0001, migration0002, migration0003]);
    expect(schemaVersion(db)).toBe(3);
    const columns = (db.prepare('PRAGMA table_info(stories)').all() as { name: string }[]).map((c) => c.name);
    expect(columns).not.toContain('body_text');
    expect(columns).toEqual(expect.arrayContaining(['archived_at', 'spiked_from', 'search_version']));
    expect(search(db, 'evora')).toEqual(['s1']); // diacritics folded
    expect(search(db, 'riv*')).toEqual(['s1']);
    expect(db.prepare('SELECT search_version FROM stories').get()).toEqual({ search_version: 1 });
    db.close();
  });

  it('keeps the index in step with story_text through updates and cascading deletes', () => {
    const db = open();
    migrate(db, [migration0001, migration0002, migration0003]);
    db.prepare(`INSERT INTO stories (id, body_json, created_at, updated_at) VALUES ('s1', '{}', 1, 1)`).run();
    const put = db.prepare(
      `INSERT INTO story_text (story_id, headline, standfirst, body, captions) VALUES (?, ?, '', ?, ?)
       ON CONFLICT (story_id) DO UPDATE SET headline = excluded.headline, body = excluded.body, captions = excluded.captions`,
    );
    put.run('s1', 'Storm', 'Winds at dawn', 'Harbour photo');
    expect(search(db, 'harbour')).toEqual(['s1']);
    put.run('s1', 'Storm', 'Calm at dusk', '');
    expect(search(db, 'harbour')).toEqual([]);
    expect(search(db, 'dusk')).toEqual(['s1']);
    db.prepare(`DELETE FROM stories WHERE id = 's1'`).run();
    expect(search(db, 'dusk')).toEqual([]);
    expect(db.prepare(`INSERT INTO story_search (story_search) VALUES ('integrity-check')`).run().changes).toBeGreaterThanOrEqual(0);
    db.close();
  });

  it('refuses an unknown spiked_from status', () => {
    const db = open();
    migrate(db, [migration0001, migration0002, migration0003]);
    expect(() => db.prepare(`INSERT INTO stories (id, body_json, created_at, updated_at, spiked_from) VALUES ('x', '{}', 1, 1, 'lost')`).run()).toThrow(/CHECK/);
    db.close();
  });
});
