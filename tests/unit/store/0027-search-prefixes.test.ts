import BetterSqlite3 from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/store/database';
import { migrations } from '../../../electron/store/migrations';
import { tempDir } from '../support/temp-core';

const search = (db: BetterSqlite3.Database, q: string) =>
  (db.prepare('SELECT t.story_id AS id FROM story_search f JOIN story_text t ON t.docid = f.rowid WHERE story_search MATCH ? ORDER BY rank').all(q) as { id: string }[]).map(
    (r) => r.id,
  );

describe('migration 0027: search prefix indexes', () => {
  it('rebuilds the index with four- and five-letter prefixes, keeping its text, ranking and triggers', () => {
    const db = new BetterSqlite3(path.join(tempDir(), 'm.sqlite'));
    db.pragma('foreign_keys = ON');
    migrate(db, migrations.filter((m) => m.version <= 26));
    for (const id of ['s1', 's2', 's3']) db.prepare(`INSERT INTO stories (id, body_json, created_at, updated_at) VALUES (?, '{}', 1, 1)`).run(id);
    const text = db.prepare(`INSERT INTO story_text (story_id, headline, standfirst, body, captions) VALUES (?, ?, '', ?, '')`);
    text.run('s1', 'Budget', 'The election was called on Monday.');
    text.run('s2', 'Election night', 'Counting went on until dawn.');
    migrate(db, migrations.filter((m) => m.version <= 27));
    expect(schemaVersion(db)).toBe(27);
    const sql = (db.prepare(`SELECT sql FROM sqlite_master WHERE name = 'story_search'`).get() as { sql: string }).sql;
    expect(sql).toMatch(/prefix = '2 3 4 5'/);
    // The headline weighs more than the body (bm25 weights kept): s2 first.
    expect(search(db, '"elect"*')).toEqual(['s2', 's1']);
    expect(search(db, '"elec"*')).toEqual(['s2', 's1']);
    // The triggers still feed the new index.
    text.run('s3', 'Dawn raid', 'Police moved in.');
    expect(search(db, '"polic"*')).toEqual(['s3']);
    db.prepare(`UPDATE story_text SET body = 'Nothing here.' WHERE story_id = 's1'`).run();
    expect(search(db, 'election')).toEqual(['s2']);
    db.close();
  });
});
