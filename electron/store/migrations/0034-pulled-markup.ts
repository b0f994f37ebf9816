import type { Migration } from '../migration';

/**
 * What the lossless round trip keeps per story and site (owned by the publish store):
 * - `story_remote.post_format`: 'classic' for a post pulled without blocks, written back classic
 *   (NULL for everything else, written as blocks);
 * - `pulled_markup`: the SHA-256 of every block pulled and kept byte for byte, so publishing writes
 *   raw only markup that came from that site for that story;
 * - `pull_differences`: what Presswork would change in the post as pulled (JSON), and when the
 *   user said they had looked at it; publishing waits for that.
 */
export const migration0034: Migration = {
  version: 34,
  name: 'pulled-markup',
  up(db) {
    db.exec(`
      ALTER TABLE story_remote ADD COLUMN post_format TEXT CHECK (post_format IN ('blocks', 'classic'));

      CREATE TABLE pulled_markup (
        story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        site_id  TEXT NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
        sha256   TEXT NOT NULL CHECK (length(sha256) = 64),
        PRIMARY KEY (story_id, site_id, sha256)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE pull_differences (
        story_id         TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        site_id          TEXT NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
        differences_json TEXT NOT NULL,
        found_at         INTEGER NOT NULL,
        looked_at        INTEGER,
        PRIMARY KEY (story_id, site_id)
      ) STRICT;
    `);
  },
};
