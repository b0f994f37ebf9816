import BetterSqlite3 from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/store/database';
import { migrations } from '../../../electron/store/migrations';
import { tempDir } from '../support/temp-core';

const body = (...mediaIds: string[]) =>
  JSON.stringify({
    root: {
      type: 'root',
      children: [
        { type: 'paragraph', children: [{ type: 'text', text: 'words' }] },
        ...mediaIds.map((mediaId) => ({ type: 'quote', children: [{ type: 'image', mediaId, altText: '' }] })),
      ],
    },
  });

const usage = (db: BetterSqlite3.Database) => db.prepare(`SELECT media_id FROM media_usage WHERE role = 'body' ORDER BY media_id`).all();

describe('migration 0024: media usage body trigger guarded', () => {
  it('still adds, replaces and clears body references exactly as before', () => {
    const db = new BetterSqlite3(path.join(tempDir(), 'm.sqlite'));
    migrate(db, migrations.filter((m) => m.version <= 24));
    expect(schemaVersion(db)).toBe(24);
    db.prepare(`INSERT INTO stories (id, body_json, created_at, updated_at) VALUES ('s1', ?, 1, 1)`).run(body());
    expect(usage(db)).toEqual([]);
    db.prepare(`UPDATE stories SET body_json = ? WHERE id = 's1'`).run(body('m1', 'm2'));
    expect(usage(db)).toEqual([{ media_id: 'm1' }, { media_id: 'm2' }]);
    db.prepare(`UPDATE stories SET body_json = ? WHERE id = 's1'`).run(body('m2'));
    expect(usage(db)).toEqual([{ media_id: 'm2' }]);
    // The last image gone: the body no longer names one, the old references must still go.
    db.prepare(`UPDATE stories SET body_json = ? WHERE id = 's1'`).run(body());
    expect(usage(db)).toEqual([]);
    // Text that merely mentions the key is not a reference.
    db.prepare(`UPDATE stories SET body_json = ? WHERE id = 's1'`).run(JSON.stringify({ root: { type: 'root', children: [{ type: 'text', text: '"mediaId"' }] } }));
    expect(usage(db)).toEqual([]);
    db.close();
  });
});
