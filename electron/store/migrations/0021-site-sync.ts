import type { Migration } from '../migration';

/**
 * What sync down keeps per site: the category hierarchy and tags, authors, the incremental cursor,
 * and which remote post each story is (exactly one per story and site, and one story per post).
 */
export const migration0021: Migration = {
  version: 21,
  name: 'site-sync',
  up(db) {
    db.exec(`
      CREATE TABLE site_terms (
        site_id          TEXT NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
        taxonomy         TEXT NOT NULL CHECK (taxonomy IN ('category', 'post_tag')),
        remote_id        INTEGER NOT NULL CHECK (remote_id > 0),
        name             TEXT NOT NULL,
        slug             TEXT NOT NULL,
        parent_remote_id INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (site_id, taxonomy, remote_id)
      ) STRICT;
      CREATE INDEX site_terms_by_name ON site_terms (site_id, taxonomy, name COLLATE NOCASE);

      CREATE TABLE site_authors (
        site_id   TEXT NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
        remote_id INTEGER NOT NULL CHECK (remote_id > 0),
        name      TEXT NOT NULL,
        slug      TEXT NOT NULL,
        PRIMARY KEY (site_id, remote_id)
      ) STRICT;

      CREATE TABLE site_sync_state (
        site_id            TEXT PRIMARY KEY NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
        posts_modified_gmt TEXT,
        synced_at          INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE story_remote (
        story_id       TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        site_id        TEXT NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
        client_id      TEXT NOT NULL,
        slug           TEXT NOT NULL,
        intent_at      INTEGER NOT NULL,
        remote_id      INTEGER CHECK (remote_id IS NULL OR remote_id > 0),
        remote_status  TEXT,
        link           TEXT,
        modified_gmt   TEXT,
        synced_version INTEGER,
        PRIMARY KEY (story_id, site_id),
        UNIQUE (site_id, remote_id),
        UNIQUE (client_id)
      ) STRICT;
    `);
  },
};
