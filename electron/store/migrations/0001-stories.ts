import type { Migration } from '../migration';

export const migration0001: Migration = {
  version: 1,
  name: 'stories',
  up(db) {
    db.exec(`
      CREATE TABLE stories (
        id          TEXT PRIMARY KEY NOT NULL,
        headline    TEXT NOT NULL DEFAULT '',
        body_json   TEXT NOT NULL,
        body_text   TEXT NOT NULL DEFAULT '',
        word_count  INTEGER NOT NULL DEFAULT 0 CHECK (word_count >= 0),
        status      TEXT NOT NULL DEFAULT 'draft'
                    CHECK (status IN ('draft','in_copy','copy_edited','ready','scheduled','published','spiked')),
        version     INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
        created_at  INTEGER NOT NULL,
        updated_at  INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX stories_by_updated ON stories (updated_at DESC);
    `);
  },
};
