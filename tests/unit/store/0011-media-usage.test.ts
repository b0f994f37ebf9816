import BetterSqlite3 from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/store/database';
import { migration0001 } from '../../../electron/store/migrations/0001-stories';
import { migration0002 } from '../../../electron/store/migrations/0002-story-fields';
import { migration0010 } from '../../../electron/store/migrations/0010-media';
import { migration0011 } from '../../../electron/store/migrations/0011-media-usage';
import { tempDir } from '../support/temp-core';

const body = (...mediaIds: string[]) =>
  JSON.stringify({
    root: {
      type: 'root',
      children: [
        { type: 'paragraph', children: [] },
        ...mediaIds.map((mediaId) => ({ type: 'quote', children: [{ type: 'image', mediaId, altText: '' }] })),
      ],
    },
  });

function usage(db: BetterSqlite3.Database) {
  return db.prepare('SELECT media_id, story_id, role FROM media_usage ORDER BY story_id, media_id, role').all();
}

describe('migration 0011: media usage', () => {
  it('indexes the image nodes of stories that existed before it, and featured images', () => {
    const db = new BetterSqlite3(path.join(tempDir(), 'm.sqlite'));
    migrate(db, [migration0001, migration0002, migration0010]);
    db.prepare(`INSERT INTO stories (id, body_json, created_at, updated_at, featured_image_id) VALUES ('s1', ?, 1, 1, 'm9')`).run(body('m1', 'm2', 'm1'));
    db.prepare(`INSERT INTO stories (id, body_json, created_at, updated_at) VALUES ('s2', 'not json', 1, 1)`).run();
    migrate(db, [migration0001, migration0002, migration0010, migration0011]);
    expect(schemaVersion(db)).toBe(11);
    expect(usage(db)).toEqual([
      { media_id: 'm1', story_id: 's1', role: 'body' },
      { media_id: 'm2', story_id: 's1', role: 'body' },
      { media_id: 'm9', story_id: 's1', role: 'featured' },
    ]);
    db.close();
  });

  it('keeps the index current as stories are inserted, edited and deleted', () => {
    const db = new BetterSqlite3(path.join(tempDir(), 'm.sqlite'));
    migrate(db, [migration0001, migration0002, migration0010, migration0011]);
    db.prepare(`INSERT INTO stories (id, body_json, created_at, updated_at) VALUES ('s1', ?, 1, 1)`).run(body('m1'));
    expect(usage(db)).toEqual([{ media_id: 'm1', story_id: 's1', role: 'body' }]);

    db.prepare(`UPDATE stories SET body_json = ? WHERE id = 's1'`).run(body('m2', 'm3'));
    db.prepare(`UPDATE stories SET featured_image_id = 'm2' WHERE id = 's1'`).run();
    expect(usage(db)).toEqual([
      { media_id: 'm2', story_id: 's1', role: 'body' },
      { media_id: 'm2', story_id: 's1', role: 'featured' },
      { media_id: 'm3', story_id: 's1', role: 'body' },
    ]);

    // A body that is not JSON must not block the save; it simply references nothing.
    db.prepare(`UPDATE stories SET body_json = '{', featured_image_id = NULL WHERE id = 's1'`).run();
    expect(usage(db)).toEqual([]);

    db.prepare(`UPDATE stories SET body_json = ? WHERE id = 's1'`).run(body('m4'));
    db.prepare(`DELETE FROM stories WHERE id = 's1'`).run();
    expect(usage(db)).toEqual([]);
    db.close();
  });
});
