import type { Migration } from '../migration';

/**
 * The media library's catalogue. Image bytes never enter SQLite: a row points at a content-addressed
 * folder under <dataDir>/media by its sha-256, which is also what makes an import idempotent.
 */
export const migration0010: Migration = {
  version: 10,
  name: 'media',
  up(db) {
    db.exec(`
      CREATE TABLE media (
        id          TEXT PRIMARY KEY NOT NULL,
        sha256      TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
        filename    TEXT NOT NULL,
        format      TEXT NOT NULL CHECK (format IN ('jpeg','png','webp','gif','avif','tiff')),
        width       INTEGER NOT NULL CHECK (width > 0),
        height      INTEGER NOT NULL CHECK (height > 0),
        byte_size   INTEGER NOT NULL CHECK (byte_size >= 0),
        alt         TEXT NOT NULL DEFAULT '',
        caption     TEXT NOT NULL DEFAULT '',
        credit      TEXT NOT NULL DEFAULT '',
        source      TEXT NOT NULL DEFAULT '',
        licence     TEXT NOT NULL DEFAULT '',
        focal_x     REAL NOT NULL DEFAULT 0.5 CHECK (focal_x BETWEEN 0 AND 1),
        focal_y     REAL NOT NULL DEFAULT 0.5 CHECK (focal_y BETWEEN 0 AND 1),
        created_at  INTEGER NOT NULL,
        updated_at  INTEGER NOT NULL,
        trashed_at  INTEGER
      ) STRICT;
      CREATE INDEX media_by_created ON media (created_at DESC);
    `);
  },
};
