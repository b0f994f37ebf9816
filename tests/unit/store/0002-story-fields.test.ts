import BetterSqlite3 from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/store/database';
import { migration0001 } from '../../../electron/store/migrations/0001-stories';
import { migration0002 } from '../../../electron/store/migrations/0002-story-fields';
import { tempDir } from '../support/temp-core';

function open() {
  const db = new BetterSqlite3(path.join(tempDir(), 'm.sqlite'));
  db.pragma('foreign_keys = ON');
  return db;
}

describe('migration 0002: story fields and sections', () => {
  it('adds the fields to existing stories with empty defaults', () => {
    const db = open();
    migrate(db, [migration0001]);
    db.prepare(`INSERT INTO stories (id, headline, body_json, created_at, updated_at) VALUES ('s1', 'Old', '{}', 1, 1)`).run();
    migrate(db, [migration0001, migration0002]);
    expect(schemaVersion(db)).toBe(2);
    expect(db.prepare('SELECT standfirst, byline_json, slug, tags_json, featured_image_id, seo_title, meta_description, scheduled_at, tk_count, site FROM stories').get()).toEqual({
      standfirst: '',
      byline_json: '[]',
      slug: '',
      tags_json: '[]',
      featured_image_id: null,
      seo_title: '',
      meta_description: '',
      scheduled_at: null,
      tk_count: 0,
      site: null,
    });
    db.close();
  });

  it('keeps section names unique per parent, refuses orphans and cascades story links', () => {
    const db = open();
    migrate(db, [migration0001, migration0002]);
    const add = db.prepare('INSERT INTO sections (parent_id, name, created_at) VALUES (?, ?, 1)');
    const election = Number(add.run(null, 'Election').lastInsertRowid);
    add.run(election, 'US Election');
    expect(() => add.run(election, 'us election')).toThrow(/UNIQUE/);
    expect(() => add.run(null, 'election')).toThrow(/UNIQUE/);
    expect(() => add.run(999, 'Nowhere')).toThrow(/FOREIGN KEY/);
    expect(() => add.run(null, '  ')).toThrow(/CHECK/);
    db.prepare(`INSERT INTO stories (id, body_json, created_at, updated_at) VALUES ('s1', '{}', 1, 1)`).run();
    db.prepare('INSERT INTO story_sections (story_id, section_id, position) VALUES (?, ?, 0)').run('s1', election);
    db.prepare(`INSERT INTO story_authors (story_id, position, name) VALUES ('s1', 0, 'Ana Ruiz')`).run();
    db.prepare(`DELETE FROM stories WHERE id = 's1'`).run();
    expect(db.prepare('SELECT count(*) AS n FROM story_sections').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM story_authors').get()).toEqual({ n: 0 });
    db.close();
  });
});
