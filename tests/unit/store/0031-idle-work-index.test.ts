import BetterSqlite3 from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/store/database';
import { createLibrary } from '../../../electron/store/library';
import { migrations } from '../../../electron/store/migrations';
import type { BodyState } from '../../../shared/story/story-schema';
import { tempDir } from '../support/temp-core';

const body = (text: string): BodyState => ({
  root: { type: 'root', children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text }] }] },
});
const plan = (db: BetterSqlite3.Database, sql: string) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(' | ');
const marked = (db: BetterSqlite3.Database) =>
  db.prepare(`SELECT id FROM stories INDEXED BY stories_idle_work WHERE search_version < version OR revision_due IS NOT NULL`).pluck().all();

describe('migration 0031: one index for the idle work’s markers', () => {
  it('replaces the two marker indexes, and both markers’ queries walk the new one', () => {
    const db = new BetterSqlite3(path.join(tempDir(), 'm.sqlite'));
    db.pragma('foreign_keys = ON');
    migrate(db, migrations.filter((m) => m.version <= 30));
    db.prepare(`INSERT INTO stories (id, body_json, created_at, updated_at, version, search_version, revision_due) VALUES ('s1', '{}', 1, 1, 2, 1, NULL)`).run();
    db.prepare(`INSERT INTO stories (id, body_json, created_at, updated_at, version, search_version, revision_due) VALUES ('s2', '{}', 1, 1, 1, 1, 5)`).run();
    db.prepare(`INSERT INTO stories (id, body_json, created_at, updated_at, version, search_version, revision_due) VALUES ('s3', '{}', 1, 1, 1, 1, NULL)`).run();
    migrate(db, migrations.filter((m) => m.version <= 31));
    expect(schemaVersion(db)).toBe(31);
    const names = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'stories'`).pluck().all();
    expect(names).not.toContain('stories_to_index');
    expect(names).not.toContain('stories_revision_due');
    expect(plan(db, 'SELECT id, version, headline, standfirst, body_json FROM stories WHERE search_version < version LIMIT 200')).toContain('stories_idle_work');
    expect(plan(db, 'SELECT id FROM stories WHERE revision_due IS NOT NULL')).toContain('stories_idle_work');
    expect(marked(db)).toEqual(['s1', 's2']);
    db.close();
  });

  it('a save marks its story once; the idle work after it leaves nothing marked', () => {
    const db = new BetterSqlite3(path.join(tempDir(), 'library.sqlite'));
    db.pragma('foreign_keys = ON');
    migrate(db, migrations);
    let clock = 1_000;
    const lib = createLibrary(db, () => clock++);
    lib.afterSaves.cancel();
    const { id } = lib.stories.create();
    lib.stories.save({ id, headline: 'Talks', body: body('first') });
    lib.afterSaves.runNow();
    expect(marked(db)).toEqual([]);
    lib.stories.save({ id, headline: 'Talks', body: body('second') });
    expect(db.prepare('SELECT search_version < version AS toIndex, revision_due IS NOT NULL AS due FROM stories WHERE id = ?').get(id)).toEqual({ toIndex: 1, due: 1 });
    expect(marked(db)).toEqual([id]);
    lib.afterSaves.runNow();
    expect(marked(db)).toEqual([]);
    expect(lib.search.search('second', 'stories', 5).map((h) => h.id)).toEqual([id]);
    db.close();
  });
});
