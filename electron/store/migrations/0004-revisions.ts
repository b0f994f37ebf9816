import type { Migration } from '../migration';

/**
 * Revisions: full snapshots of a story, stored small. A body is split into its top-level blocks;
 * each distinct block is stored once (by content hash) and a revision lists its blocks' ids, packed
 * four bytes each, so a one-word change costs one block plus the list.
 */
export const migration0004: Migration = {
  version: 4,
  name: 'revisions',
  up(db) {
    db.exec(`
      CREATE TABLE revision_blocks (
        id   INTEGER PRIMARY KEY,
        hash BLOB NOT NULL UNIQUE CHECK (length(hash) = 16),
        json TEXT NOT NULL
      ) STRICT;

      CREATE TABLE revisions (
        id          INTEGER PRIMARY KEY,
        story_id    TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        kind        TEXT NOT NULL CHECK (kind IN ('autosave','status','checkpoint','publish','restore','sent_to_copy')),
        label       TEXT,
        author      TEXT NOT NULL DEFAULT '',
        status      TEXT NOT NULL,
        created_at  INTEGER NOT NULL,
        updated_at  INTEGER NOT NULL,
        fields_json TEXT NOT NULL,
        root_json   TEXT NOT NULL,
        blocks      BLOB NOT NULL,
        word_count  INTEGER NOT NULL,
        word_delta  INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX revisions_by_story ON revisions (story_id, id);
    `);
  },
};
