import BetterSqlite3 from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/store/database';
import { migrations } from '../../../electron/store/migrations';
import { SiteStore } from '../../../electron/sites/site-store';
import { tempDir } from '../support/temp-core';

const user = JSON.stringify({ id: 1, name: 'Ed', username: 'ed', roles: ['editor'], capabilities: ['publish_posts'] });

describe('migration 0033: what a site does with a story’s metadata', () => {
  it('keeps existing profiles, which read as not looked at yet, and stores what Connect found', () => {
    const db = new BetterSqlite3(path.join(tempDir(), 'm.sqlite'));
    db.pragma('foreign_keys = ON');
    migrate(db, migrations.filter((m) => m.version <= 32));
    db.prepare(`INSERT INTO sites (id, name, url, username, api_root, wp_version, remote_user_json, connected_at, created_at, updated_at) VALUES ('s1', 'Staging', 'https://x.test', 'ed', 'https://x.test/wp-json/', '6.1', ?, 1, 1, 1)`).run(user);
    migrate(db, migrations.filter((m) => m.version <= 33));
    expect(schemaVersion(db)).toBe(33);
    const store = new SiteStore(db);
    expect(store.get('s1').metadata).toBeNull();
    const metadata = { seo: { plugin: 'yoast' as const, writable: true }, bylineField: 'byline', language: 'de-DE', theme: { name: 'Twenty Twenty-Three', excerptOnStory: false, excerptInLists: true } };
    store.setMetadata('s1', metadata);
    expect(store.get('s1').metadata).toEqual(metadata);
    // A shape an older or newer Presswork wrote is looked at again rather than failing the profile.
    db.prepare(`UPDATE sites SET metadata_json = '{"seo":"maybe"}'`).run();
    expect(store.get('s1').metadata).toBeNull();
    db.close();
  });
});
