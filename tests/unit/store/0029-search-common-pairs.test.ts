import BetterSqlite3 from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/store/database';
import { migrations } from '../../../electron/store/migrations';
import { pairToken } from '../../../shared/story/common-word-pairs';
import { tempDir } from '../support/temp-core';

const search = (db: BetterSqlite3.Database, q: string) =>
  (db.prepare('SELECT t.story_id AS id FROM story_search f JOIN story_text t ON t.docid = f.rowid WHERE story_search MATCH ? ORDER BY rank').all(q) as { id: string }[]).map(
    (r) => r.id,
  );
const pair = (a: string, b: string) => `"${pairToken(a, b)}"`;

describe('migration 0029: common-word pairs in the search index', () => {
  it('indexes the pairs of the stories already there, keeps prefixes and ranking, and its triggers feed the index', () => {
    const db = new BetterSqlite3(path.join(tempDir(), 'm.sqlite'));
    db.pragma('foreign_keys = ON');
    migrate(db, migrations.filter((m) => m.version <= 28));
    for (const id of ['s1', 's2', 's3']) db.prepare(`INSERT INTO stories (id, body_json, created_at, updated_at) VALUES (?, '{}', 1, 1)`).run(id);
    db.prepare(`INSERT INTO story_text (story_id, headline, standfirst, body, captions) VALUES (?, ?, '', ?, '')`).run('s1', 'Budget', 'Talks about new taxes.');
    db.prepare(`INSERT INTO story_text (story_id, headline, standfirst, body, captions) VALUES (?, ?, '', ?, '')`).run('s2', 'About new rules', 'Nothing else.');
    migrate(db, migrations.filter((m) => m.version <= 29));
    expect(schemaVersion(db)).toBe(29);
    expect(db.prepare(`SELECT body_pairs FROM story_text WHERE story_id = 's1'`).get()).toEqual({ body_pairs: pairToken('about', 'new') });
    // Found by its pair, the headline weighing more (s2 first); prefixes still work.
    expect(search(db, pair('about', 'new'))).toEqual(['s2', 's1']);
    expect(search(db, '"budg"*')).toEqual(['s1']);
    expect(search(db, '"ab"*')).toEqual(['s2', 's1']);
    // The triggers carry pairs in and out like any text.
    const text = db.prepare(
      `INSERT INTO story_text (story_id, headline, standfirst, body, captions, headline_pairs, standfirst_pairs, body_pairs, captions_pairs)
       VALUES (?, 'Raid', '', 'One of the best.', '', '', '', ?, '')`,
    );
    text.run('s3', pairToken('of', 'the'));
    expect(search(db, pair('of', 'the'))).toEqual(['s3']);
    db.prepare(`UPDATE story_text SET body = 'Gone.', body_pairs = '' WHERE story_id = 's1'`).run();
    expect(search(db, pair('about', 'new'))).toEqual(['s2']);
    db.prepare(`DELETE FROM stories WHERE id = 's2'`).run();
    expect(search(db, pair('about', 'new'))).toEqual([]);
    db.prepare(`INSERT INTO story_search (story_search) VALUES ('integrity-check')`).run();
    db.close();
  });
});
