import type { Migration } from '../migration';
import { commonWordPairs } from '../../../shared/story/common-word-pairs';

const FIELDS = ['headline', 'standfirst', 'body', 'captions'] as const;
const PAIRS = FIELDS.map((f) => `${f}_pairs`);
const ALL = [...FIELDS, ...PAIRS];
const list = (prefix: string) => ALL.map((c) => `${prefix}${c}`).join(', ');

/**
 * The search index also holds each pair of adjacent common words as one token (see
 * shared/story/common-word-pairs.ts): a phrase such as "about new" took about 30 ms at 100,000
 * stories, every other query 5–9 ms. story_text keeps each field's pairs beside the field, because
 * FTS5 reads its external content to rebuild and the triggers hand it the old values to delete. The
 * pairs are computed here with this release's list of common words; a later change to that list
 * needs a migration of its own that recomputes them.
 */
export const migration0029: Migration = {
  version: 29,
  name: 'search-common-pairs',
  up(db) {
    db.exec(`
      DROP TRIGGER story_text_ai;
      DROP TRIGGER story_text_ad;
      DROP TRIGGER story_text_au;
      DROP TABLE story_search;
      ${PAIRS.map((c) => `ALTER TABLE story_text ADD COLUMN ${c} TEXT NOT NULL DEFAULT '';`).join('\n')}
    `);
    const page = db.prepare<[number], { docid: number } & Record<(typeof FIELDS)[number], string>>(
      'SELECT docid, headline, standfirst, body, captions FROM story_text WHERE docid > ? ORDER BY docid LIMIT 500',
    );
    const write = db.prepare(`UPDATE story_text SET ${PAIRS.map((c) => `${c} = ?`).join(', ')} WHERE docid = ?`);
    for (let after = 0; ; ) {
      const rows = page.all(after);
      if (rows.length === 0) break;
      for (const row of rows) write.run(...FIELDS.map((f) => commonWordPairs(row[f])), row.docid);
      after = rows.at(-1)!.docid;
    }
    db.exec(`
      CREATE VIRTUAL TABLE story_search USING fts5(
        ${ALL.join(', ')},
        content = 'story_text', content_rowid = 'docid',
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3 4 5'
      );
      INSERT INTO story_search (story_search, rank) VALUES ('rank', 'bm25(10.0, 4.0, 1.0, 2.0, 10.0, 4.0, 1.0, 2.0)');
      INSERT INTO story_search (story_search) VALUES ('rebuild');

      CREATE TRIGGER story_text_ai AFTER INSERT ON story_text BEGIN
        INSERT INTO story_search (rowid, ${ALL.join(', ')}) VALUES (new.docid, ${list('new.')});
      END;
      CREATE TRIGGER story_text_ad AFTER DELETE ON story_text BEGIN
        INSERT INTO story_search (story_search, rowid, ${ALL.join(', ')}) VALUES ('delete', old.docid, ${list('old.')});
      END;
      CREATE TRIGGER story_text_au AFTER UPDATE ON story_text BEGIN
        INSERT INTO story_search (story_search, rowid, ${ALL.join(', ')}) VALUES ('delete', old.docid, ${list('old.')});
        INSERT INTO story_search (rowid, ${ALL.join(', ')}) VALUES (new.docid, ${list('new.')});
      END;
    `);
  },
};
