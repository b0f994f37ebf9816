import type { Migration } from '../migration';

/**
 * Search runs as the user types, so the last word is nearly always a prefix, most often of four or
 * five letters. Without an index for those lengths FTS5 merges the lists of every word that starts
 * so (hundreds of words for a short prefix), twice per query since bm25 counts the matches too:
 * 17–27 ms for one prefix at 100,000 stories, against 2–5 ms with these prefix indexes. The index
 * grows by about two thirds. The FTS table is rebuilt from story_text, its external content, with
 * the same columns, tokenizer and ranking; story_text's triggers keep addressing it by name.
 */
export const migration0027: Migration = {
  version: 27,
  name: 'search-prefixes',
  up(db) {
    db.exec(`
      DROP TABLE story_search;
      CREATE VIRTUAL TABLE story_search USING fts5(
        headline, standfirst, body, captions,
        content = 'story_text', content_rowid = 'docid',
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3 4 5'
      );
      INSERT INTO story_search (story_search, rank) VALUES ('rank', 'bm25(10.0, 4.0, 1.0, 2.0)');
      INSERT INTO story_search (story_search) VALUES ('rebuild');
    `);
  },
};
