import BetterSqlite3 from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/store/database';
import { createLibrary } from '../../../electron/store/library';
import { migrations } from '../../../electron/store/migrations';
import { emptyFields, type BodyState } from '../../../shared/story/story-schema';
import { tempDir } from '../support/temp-core';

const text = (t: string) => ({ type: 'text', version: 1, text: t, format: 0, detail: 0, mode: 'normal', style: '' });
const paragraph = (t: string) => ({ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children: [text(t)] });
const image = (mediaId: string, caption = '') => ({ type: 'image', version: 1, mediaId, caption, credit: '', altText: 'alt' });
const body = (...children: unknown[]) => ({ root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children } }) as unknown as BodyState;

function open(upTo = Infinity) {
  const db = new BetterSqlite3(path.join(tempDir(), 'm.sqlite'));
  db.pragma('foreign_keys = ON');
  migrate(db, migrations.filter((m) => m.version <= upTo));
  return db;
}
const usage = (db: BetterSqlite3.Database, story: string) =>
  db.prepare(`SELECT media_id FROM media_usage WHERE story_id = ? AND role = 'body' ORDER BY media_id`).pluck().all(story) as string[];

describe('migration 0030: fewer pages per autosave', () => {
  it('drops stories_by_words; every word-count sort of the list still walks an index with no sorting step', () => {
    const db = open(29);
    db.exec(`INSERT INTO stories (id, body_json, created_at, updated_at) VALUES ('s1', '{}', 1, 1)`);
    migrate(db, migrations);
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(30);
    expect(db.prepare(`SELECT name FROM sqlite_master WHERE name = 'stories_by_words'`).get()).toBeUndefined();
    const LIVE = `status != 'spiked' AND archived_at IS NULL`;
    const ARCHIVE = `status != 'spiked' AND archived_at IS NOT NULL`;
    const cases: [string, string][] = [
      [LIVE, 'stories_live_by_words'],
      [ARCHIVE, 'stories_archived_by_words'],
      [`status = 'spiked'`, 'stories_by_status_words'],
      [`${LIVE} AND status = 'draft'`, 'stories_by_status_words'],
      [`${LIVE} AND tk_count > 0`, 'stories_with_tks_by_words'],
    ];
    for (const [where, index] of cases) {
      const plan = (db.prepare(`EXPLAIN QUERY PLAN SELECT id FROM stories WHERE ${where} ORDER BY word_count DESC, id DESC LIMIT 100`).all() as { detail: string }[])
        .map((r) => r.detail)
        .join(' | ');
      expect(plan).toContain(index);
      expect(plan).not.toContain('TEMP B-TREE');
    }
    db.close();
  });

  it('keeps media usage for a block rewritten in its row: the new block’s media in use, the old block’s once no block names them', () => {
    const db = open();
    db.exec(`INSERT INTO stories (id, body_json, created_at, updated_at) VALUES ('s1', '{}', 1, 1)`);
    const insert = db.prepare('INSERT INTO story_blocks (story_id, hash, json) VALUES (?, ?, ?)');
    const rewrite = db.prepare('UPDATE story_blocks SET hash = ?, json = ? WHERE story_id = ? AND hash = ?');
    insert.run('s1', 'a', JSON.stringify(image('m1')));
    insert.run('s1', 'b', JSON.stringify(image('m2')));
    expect(usage(db, 's1')).toEqual(['m1', 'm2']);
    rewrite.run('a2', JSON.stringify(image('m3')), 's1', 'a');
    expect(usage(db, 's1')).toEqual(['m2', 'm3']);
    // Still named by another block: still in use.
    insert.run('s1', 'c', JSON.stringify(image('m2', 'again')));
    rewrite.run('b2', JSON.stringify(paragraph('No image')), 's1', 'b');
    expect(usage(db, 's1')).toEqual(['m2', 'm3']);
    rewrite.run('c2', JSON.stringify(paragraph('None here either')), 's1', 'c');
    expect(usage(db, 's1')).toEqual(['m3']);
    rewrite.run('b3', 'not json', 's1', 'b2');
    expect(usage(db, 's1')).toEqual(['m3']);
    db.close();
  });

  it('a save rewrites a changed block in the row of the one it replaces, and the body reads back', () => {
    const db = open();
    const lib = createLibrary(db);
    const { id } = lib.stories.create();
    const texts = Array.from({ length: 30 }, (_, i) => `Paragraph ${i} ${'word '.repeat(50)}`);
    const save = (children: unknown[]) => lib.stories.save({ id, headline: 'Long', body: body(...children), fields: emptyFields() });
    save([...texts.map(paragraph), image('m1', 'Before')]);
    const rows = () => db.prepare('SELECT id FROM story_blocks WHERE story_id = ? ORDER BY id').pluck().all(id) as number[];
    const before = rows();
    texts[12] += ' more';
    const edited = [...texts.map(paragraph), image('m1', 'After')];
    save(edited);
    expect(rows()).toEqual(before);
    expect(lib.stories.get(id).body).toEqual(body(...edited));
    expect(usage(db, id)).toEqual(['m1']);
    // Fewer blocks: the rows left over go; more: new rows.
    save([...texts.slice(0, 10).map(paragraph), image('m2')]);
    expect(rows()).toHaveLength(11);
    expect(usage(db, id)).toEqual(['m2']);
    save([...texts.map(paragraph), paragraph('Extra')]);
    expect(rows()).toHaveLength(31);
    expect(usage(db, id)).toEqual([]);
    expect(lib.stories.get(id).body).toEqual(body(...texts.map(paragraph), paragraph('Extra')));
    db.close();
  });
});
