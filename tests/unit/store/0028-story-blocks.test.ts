import BetterSqlite3 from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/store/database';
import { createLibrary } from '../../../electron/store/library';
import { migrations } from '../../../electron/store/migrations';
import { emptyFields, type BodyState } from '../../../shared/story/story-schema';
import { tempDir } from '../support/temp-core';

const text = (t: string) => ({ type: 'text', version: 1, text: t, format: 0, detail: 0, mode: 'normal', style: '' });
const paragraph = (t: string) => ({ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children: [text(t)] });
const image = (mediaId: string, caption = '') => ({ type: 'image', version: 1, mediaId, caption, credit: '', altText: 'alt' });
const body = (...children: unknown[]) => ({ root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children } }) as unknown as BodyState;

const usage = (db: BetterSqlite3.Database, story: string) =>
  (db.prepare(`SELECT media_id FROM media_usage WHERE story_id = ? AND role = 'body' ORDER BY media_id`).all(story) as { media_id: string }[]).map((r) => r.media_id);
const blockCount = (db: BetterSqlite3.Database, story: string) => (db.prepare('SELECT count(*) AS n FROM story_blocks WHERE story_id = ?').get(story) as { n: number }).n;

describe('migration 0028: story bodies block by block', () => {
  it('reads bodies saved before it as they are, and splits each on its next save, media usage rebuilt from the blocks', () => {
    const db = new BetterSqlite3(path.join(tempDir(), 'm.sqlite'));
    db.pragma('foreign_keys = ON');
    migrate(db, migrations.filter((m) => m.version <= 27));
    const old = body(paragraph('One'), image('m1'), paragraph('One'), paragraph('Two'));
    db.prepare(`INSERT INTO stories (id, body_json, created_at, updated_at) VALUES ('s1', ?, 1, 1)`).run(JSON.stringify(old));
    db.prepare(`INSERT INTO stories (id, body_json, created_at, updated_at) VALUES ('s2', 'not json', 1, 1)`).run();
    expect(usage(db, 's1')).toEqual(['m1']);

    migrate(db, migrations);
    expect(schemaVersion(db)).toBe(migrations.at(-1)!.version);
    expect(blockCount(db, 's1')).toBe(0);
    const lib = createLibrary(db);
    expect(lib.stories.get('s1').body).toEqual(old);
    expect(usage(db, 's1')).toEqual(['m1']);
    expect(() => lib.stories.get('s2')).toThrow(/could not be read/);

    // The first save splits it; the image it no longer has is no longer in use.
    const saved = body(paragraph('One'), image('m2'), paragraph('One'), paragraph('Two'));
    lib.stories.save({ id: 's1', headline: 'Old story', body: saved });
    // The repeated paragraph is stored once; the skeleton names it twice.
    expect(blockCount(db, 's1')).toBe(3);
    const skeleton = JSON.parse((db.prepare(`SELECT body_json FROM stories WHERE id = 's1'`).get() as { body_json: string }).body_json);
    expect(skeleton.root.children).toHaveLength(4);
    expect(skeleton.root.children.every((c: unknown) => typeof c === 'string')).toBe(true);
    expect(skeleton.root.children[0]).toBe(skeleton.root.children[2]);
    expect(lib.stories.get('s1').body).toEqual(saved);
    expect(usage(db, 's1')).toEqual(['m2']);
    db.close();
  });

  it('a one-word edit writes one block; the body reads back exactly; media usage follows the blocks', () => {
    const db = new BetterSqlite3(path.join(tempDir(), 'm.sqlite'));
    db.pragma('foreign_keys = ON');
    migrate(db, migrations);
    const lib = createLibrary(db);
    const { id } = lib.stories.create();
    const paragraphs = Array.from({ length: 100 }, (_, i) => `Paragraph ${i} ${'word '.repeat(99)}`);
    const save = (children: unknown[]) => lib.stories.save({ id, headline: 'Long read', body: body(...children), fields: emptyFields() });
    save([...paragraphs.map(paragraph), image('m1', 'Before')]);
    expect(blockCount(db, id)).toBe(101);
    expect(usage(db, id)).toEqual(['m1']);

    const written = db.prepare('SELECT hash FROM story_blocks WHERE story_id = ?').pluck();
    const before = new Set(written.all(id) as string[]);
    paragraphs[40] += ' more';
    const edited = [...paragraphs.map(paragraph), image('m1', 'After')];
    save(edited);
    const after = new Set(written.all(id) as string[]);
    // The edited paragraph and the recaptioned image are new blocks; the other 99 are untouched.
    expect([...after].filter((h) => !before.has(h))).toHaveLength(2);
    expect([...before].filter((h) => !after.has(h))).toHaveLength(2);
    expect(lib.stories.get(id).body).toEqual(body(...edited));
    // Recaptioned, the image is still in use (the new block went in before the old one went out).
    expect(usage(db, id)).toEqual(['m1']);

    save([...paragraphs.map(paragraph), image('m2'), image('m3')]);
    expect(usage(db, id)).toEqual(['m2', 'm3']);
    save([...paragraphs.map(paragraph), image('m3')]);
    expect(usage(db, id)).toEqual(['m3']);

    // A duplicate gets its own blocks and usage; spiking then emptying leaves nothing behind.
    const copy = lib.list.duplicate(id);
    expect(lib.stories.get(copy).body).toEqual(lib.stories.get(id).body);
    expect(usage(db, copy)).toEqual(['m3']);
    db.prepare('DELETE FROM stories WHERE id = ?').run(copy);
    expect(blockCount(db, copy)).toBe(0);
    expect(usage(db, copy)).toEqual([]);
    db.close();
  });
});
