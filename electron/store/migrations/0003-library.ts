import type { Migration } from '../migration';

/**
 * The library: full-text search and list indexes. The searchable text moves out of `stories` into
 * `story_text`, an ordinary table with an INTEGER key that the FTS5 index uses as external content
 * (a TEXT-keyed table's rowid may change on VACUUM). Triggers keep the index in step with
 * story_text. stories.search_version records which version of a story the index holds, so
 * indexing can trail a save without ever being lost.
 */
export const migration0003: Migration = {
  version: 3,
  name: 'library',
  up(db) {
    db.exec(`
      ALTER TABLE stories ADD COLUMN archived_at INTEGER;
      ALTER TABLE stories ADD COLUMN spiked_from TEXT
        CHECK (spiked_from IS NULL OR spiked_from IN ('draft','in_copy','copy_edited','ready','scheduled','published'));
      ALTER TABLE stories ADD COLUMN search_version INTEGER NOT NULL DEFAULT 0;

      CREATE TABLE story_text (
        docid      INTEGER PRIMARY KEY,
        story_id   TEXT NOT NULL UNIQUE REFERENCES stories(id) ON DELETE CASCADE,
        headline   TEXT NOT NULL,
        standfirst TEXT NOT NULL,
        body       TEXT NOT NULL,
        captions   TEXT NOT NULL
      ) STRICT;

      CREATE VIRTUAL TABLE story_search USING fts5(
        headline, standfirst, body, captions,
        content = 'story_text', content_rowid = 'docid',
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3'
      );
      INSERT INTO story_search (story_search, rank) VALUES ('rank', 'bm25(10.0, 4.0, 1.0, 2.0)');

      CREATE TRIGGER story_text_ai AFTER INSERT ON story_text BEGIN
        INSERT INTO story_search (rowid, headline, standfirst, body, captions)
        VALUES (new.docid, new.headline, new.standfirst, new.body, new.captions);
      END;
      CREATE TRIGGER story_text_ad AFTER DELETE ON story_text BEGIN
        INSERT INTO story_search (story_search, rowid, headline, standfirst, body, captions)
        VALUES ('delete', old.docid, old.headline, old.standfirst, old.body, old.captions);
      END;
      CREATE TRIGGER story_text_au AFTER UPDATE ON story_text BEGIN
        INSERT INTO story_search (story_search, rowid, headline, standfirst, body, captions)
        VALUES ('delete', old.docid, old.headline, old.standfirst, old.body, old.captions);
        INSERT INTO story_search (rowid, headline, standfirst, body, captions)
        VALUES (new.docid, new.headline, new.standfirst, new.body, new.captions);
      END;

      INSERT INTO story_text (story_id, headline, standfirst, body, captions)
        SELECT id, headline, standfirst, body_text, '' FROM stories;
      UPDATE stories SET search_version = version;
      ALTER TABLE stories DROP COLUMN body_text;

      DROP INDEX stories_by_updated;
      CREATE INDEX stories_by_updated ON stories (updated_at, id);
      CREATE INDEX stories_by_status ON stories (status, updated_at, id);
      CREATE INDEX stories_by_headline ON stories (headline COLLATE NOCASE, id);
      CREATE INDEX stories_by_words ON stories (word_count, id);
      CREATE INDEX stories_with_tks ON stories (updated_at, id) WHERE tk_count > 0;
      CREATE INDEX stories_by_site ON stories (site, updated_at, id) WHERE site IS NOT NULL;
      CREATE INDEX stories_to_index ON stories (id) WHERE search_version < version;
    `);
  },
};
