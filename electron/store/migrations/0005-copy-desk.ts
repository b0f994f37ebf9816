import type { Migration } from '../migration';

/** The copy desk: who the local user is, every status move, and the revision sent to copy. */
export const migration0005: Migration = {
  version: 5,
  name: 'copy-desk',
  up(db) {
    db.exec(`
      CREATE TABLE profile (
        id   INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL CHECK (length(name) <= 120),
        role TEXT NOT NULL CHECK (role IN ('editor','copy_chief','publisher'))
      ) STRICT;

      CREATE TABLE status_moves (
        id          INTEGER PRIMARY KEY,
        story_id    TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        from_status TEXT NOT NULL,
        to_status   TEXT NOT NULL,
        by_name     TEXT NOT NULL,
        by_role     TEXT NOT NULL,
        at          INTEGER NOT NULL,
        revision_id INTEGER REFERENCES revisions(id) ON DELETE SET NULL
      ) STRICT;
      CREATE INDEX status_moves_by_story ON status_moves (story_id, id);

      ALTER TABLE stories ADD COLUMN sent_revision_id INTEGER REFERENCES revisions(id) ON DELETE SET NULL;
    `);
  },
};
