import type { Migration } from '../migration';

/** The persistent outbox of publishing jobs, the per-story publishing log, and uploaded media per site. */
export const migration0022: Migration = {
  version: 22,
  name: 'publish-outbox',
  up(db) {
    db.exec(`
      CREATE TABLE publish_jobs (
        id              TEXT PRIMARY KEY NOT NULL,
        story_id        TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        site_id         TEXT NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
        action          TEXT NOT NULL CHECK (action IN ('publish', 'unpublish', 'trash')),
        target_status   TEXT CHECK (target_status IS NULL OR target_status IN ('publish', 'future', 'pending', 'draft')),
        date_gmt        TEXT,
        story_version   INTEGER NOT NULL,
        force           INTEGER NOT NULL DEFAULT 0 CHECK (force IN (0, 1)),
        state           TEXT NOT NULL CHECK (state IN ('queued', 'running', 'waiting', 'conflict', 'failed', 'done', 'cancelled')),
        step            TEXT NOT NULL DEFAULT '',
        progress        REAL NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 1),
        attempts        INTEGER NOT NULL DEFAULT 0,
        next_attempt_at INTEGER NOT NULL,
        error_code      TEXT,
        error           TEXT,
        conflict_json   TEXT,
        created_at      INTEGER NOT NULL,
        updated_at      INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX publish_jobs_due ON publish_jobs (state, next_attempt_at);
      CREATE INDEX publish_jobs_by_story ON publish_jobs (story_id, created_at);

      CREATE TABLE publish_log (
        id            INTEGER PRIMARY KEY AUTOINCREMENT,
        story_id      TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
        site_id       TEXT NOT NULL,
        site_name     TEXT NOT NULL,
        job_id        TEXT,
        at            INTEGER NOT NULL,
        who           TEXT NOT NULL,
        story_version INTEGER NOT NULL,
        action        TEXT NOT NULL,
        result        TEXT NOT NULL,
        link          TEXT,
        message       TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX publish_log_by_story ON publish_log (story_id, at);

      CREATE TABLE site_media (
        site_id      TEXT NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
        content_hash TEXT NOT NULL,
        remote_id    INTEGER NOT NULL CHECK (remote_id > 0),
        source_url   TEXT NOT NULL,
        uploaded_at  INTEGER NOT NULL,
        PRIMARY KEY (site_id, content_hash)
      ) STRICT;
    `);
  },
};
