import type { Migration } from '../migration';

/** Editorial notes anchored in the body by a MarkNode carrying the note's id, and their threads. */
export const migration0006: Migration = {
  version: 6,
  name: 'notes',
  up(db) {
    db.exec(`
      CREATE TABLE notes (
        id          TEXT PRIMARY KEY NOT NULL,
        story_id    TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        quote       TEXT NOT NULL,
        created_by  TEXT NOT NULL,
        created_at  INTEGER NOT NULL,
        resolved_at INTEGER,
        resolved_by TEXT
      ) STRICT;
      CREATE INDEX notes_by_story ON notes (story_id, resolved_at, created_at);

      CREATE TABLE note_messages (
        id      INTEGER PRIMARY KEY,
        note_id TEXT NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
        author  TEXT NOT NULL,
        text    TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 5000),
        at      INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX note_messages_by_note ON note_messages (note_id, id);
    `);
  },
};
