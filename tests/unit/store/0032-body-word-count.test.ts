import BetterSqlite3 from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/store/database';
import { migrations } from '../../../electron/store/migrations';
import { splitBody } from '../../../electron/store/story-body';
import { tempDir } from '../support/temp-core';

const paragraph = (text: string) => ({ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text }] });

describe('migration 0032: a story’s word count is its body’s words', () => {
  it('counts each stored body again, cards included and the headline not, and leaves a damaged body’s count alone', () => {
    const db = new BetterSqlite3(path.join(tempDir(), 'm.sqlite'));
    db.pragma('foreign_keys = ON');
    migrate(db, migrations.filter((m) => m.version <= 31));
    const insert = db.prepare(`INSERT INTO stories (id, headline, body_json, word_count, created_at, updated_at, version) VALUES (?, ?, ?, ?, 1, 1, 1)`);
    const block = db.prepare('INSERT INTO story_blocks (story_id, hash, json) VALUES (?, ?, ?)');
    const body = {
      root: {
        type: 'root',
        children: [
          paragraph('Four words of copy.'),
          { type: 'pull-quote', version: 1, text: 'Quoted three words', citation: 'A Minister' },
          paragraph('Four words of copy.'),
        ],
      },
    };
    const stored = splitBody(body);
    insert.run('split', 'A five word long headline', stored.skeletonJson, 99);
    // A repeated block is stored once and counted twice, as the body holds it twice.
    for (const b of new Map(stored.blocks.map((x) => [x.hash, x])).values()) block.run('split', b.hash, b.json);
    insert.run('whole', 'Headline', JSON.stringify({ root: { type: 'root', children: [paragraph('Two words')] } }), 7);
    insert.run('damaged', 'Headline', JSON.stringify({ root: { type: 'root', children: ['missing-hash'] } }), 12);

    migrate(db, migrations.filter((m) => m.version <= 32));
    expect(schemaVersion(db)).toBe(32);
    const count = db.prepare('SELECT word_count FROM stories WHERE id = ?').pluck();
    expect(count.get('split')).toBe(4 + 5 + 4);
    expect(count.get('whole')).toBe(2);
    expect(count.get('damaged')).toBe(12);
    db.close();
  });
});
