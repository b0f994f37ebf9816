import type { Migration } from '../migration';

/**
 * The story's fields beyond headline and body, and the local section tree. Authors and sections
 * also live in their own tables so the library can filter on them through an index.
 * featured_image_id has no foreign key: media items belong to the media capability's tables.
 */
export const migration0002: Migration = {
  version: 2,
  name: 'story-fields',
  up(db) {
    db.exec(`
      ALTER TABLE stories ADD COLUMN standfirst TEXT NOT NULL DEFAULT '';
      ALTER TABLE stories ADD COLUMN byline_json TEXT NOT NULL DEFAULT '[]';
      ALTER TABLE stories ADD COLUMN slug TEXT NOT NULL DEFAULT '';
      ALTER TABLE stories ADD COLUMN tags_json TEXT NOT NULL DEFAULT '[]';
      ALTER TABLE stories ADD COLUMN featured_image_id TEXT;
      ALTER TABLE stories ADD COLUMN seo_title TEXT NOT NULL DEFAULT '';
      ALTER TABLE stories ADD COLUMN meta_description TEXT NOT NULL DEFAULT '';
      ALTER TABLE stories ADD COLUMN scheduled_at INTEGER;
      ALTER TABLE stories ADD COLUMN tk_count INTEGER NOT NULL DEFAULT 0 CHECK (tk_count >= 0);
      ALTER TABLE stories ADD COLUMN site TEXT;

      CREATE TABLE sections (
        id         INTEGER PRIMARY KEY,
        parent_id  INTEGER REFERENCES sections(id) ON DELETE RESTRICT,
        name       TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 120),
        site       TEXT,
        remote_id  INTEGER,
        created_at INTEGER NOT NULL
      ) STRICT;
      -- One name per parent (NULL parents compared through ifnull: top-level names are unique too).
      CREATE UNIQUE INDEX sections_unique_name ON sections (ifnull(site, ''), ifnull(parent_id, 0), lower(name));

      CREATE TABLE story_sections (
        story_id   TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        section_id INTEGER NOT NULL REFERENCES sections(id) ON DELETE CASCADE,
        position   INTEGER NOT NULL,
        PRIMARY KEY (story_id, section_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX story_sections_by_section ON story_sections (section_id, story_id);

      CREATE TABLE story_authors (
        story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name     TEXT NOT NULL,
        PRIMARY KEY (story_id, position)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX story_authors_by_name ON story_authors (name COLLATE NOCASE, story_id);
    `);
  },
};
