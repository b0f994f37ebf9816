import BetterSqlite3 from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/store/database';
import { migration0001 } from '../../../electron/store/migrations/0001-stories';
import { migration0020 } from '../../../electron/store/migrations/0020-sites';
import { migration0021 } from '../../../electron/store/migrations/0021-site-sync';
import { migration0022 } from '../../../electron/store/migrations/0022-publish-outbox';
import { tempDir } from '../support/temp-core';

function open() {
  const db = new BetterSqlite3(path.join(tempDir(), 'm.sqlite'));
  db.pragma('foreign_keys = ON');
  migrate(db, [migration0001, migration0020, migration0021, migration0022]);
  db.prepare(`INSERT INTO sites (id, name, url, username, api_root, remote_user_json, connected_at, created_at, updated_at) VALUES ('s', 'Staging', 'http://x', 'u', 'http://x/wp-json/', '{}', 1, 1, 1)`).run();
  db.prepare(`INSERT INTO stories (id, body_json, created_at, updated_at) VALUES ('a', '{}', 1, 1)`).run();
  return db;
}

const job = `INSERT INTO publish_jobs (id, story_id, site_id, action, target_status, story_version, state, next_attempt_at, created_at, updated_at)
             VALUES (?, 'a', 's', ?, ?, 1, ?, 0, 1, 1)`;

describe('migration 0022: publish outbox', () => {
  it('creates the outbox, the log and the per-site media map', () => {
    const db = open();
    expect(schemaVersion(db)).toBe(22);
    db.prepare(job).run('j1', 'publish', 'future', 'queued');
    db.prepare(`INSERT INTO publish_log (story_id, site_id, site_name, job_id, at, who, story_version, action, result) VALUES ('a', 's', 'Staging', 'j1', 1, 'admin', 1, 'publish', 'published')`).run();
    db.prepare(`INSERT INTO site_media (site_id, content_hash, remote_id, source_url, uploaded_at) VALUES ('s', 'h', 5, 'http://x/a.jpg', 1)`).run();
    expect(() => db.prepare(`INSERT INTO site_media (site_id, content_hash, remote_id, source_url, uploaded_at) VALUES ('s', 'h', 6, 'http://x/b.jpg', 1)`).run()).toThrow(/UNIQUE/);
    db.close();
  });

  it('rejects unknown actions, statuses and states', () => {
    const db = open();
    expect(() => db.prepare(job).run('j2', 'delete', null, 'queued')).toThrow(/CHECK/);
    expect(() => db.prepare(job).run('j3', 'publish', 'private', 'queued')).toThrow(/CHECK/);
    expect(() => db.prepare(job).run('j4', 'publish', 'draft', 'lost')).toThrow(/CHECK/);
    db.close();
  });
});
