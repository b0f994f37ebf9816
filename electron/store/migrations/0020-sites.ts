import type { Migration } from '../migration';

/** WordPress site profiles. The application password is never here: it lives in the SecretStore. */
export const migration0020: Migration = {
  version: 20,
  name: 'sites',
  up(db) {
    db.exec(`
      CREATE TABLE sites (
        id               TEXT PRIMARY KEY NOT NULL,
        name             TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
        url              TEXT NOT NULL,
        username         TEXT NOT NULL,
        api_root         TEXT NOT NULL,
        wp_version       TEXT,
        remote_user_json TEXT NOT NULL,
        connected_at     INTEGER NOT NULL,
        created_at       INTEGER NOT NULL,
        updated_at       INTEGER NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX sites_by_name ON sites (name COLLATE NOCASE);
    `);
  },
};
