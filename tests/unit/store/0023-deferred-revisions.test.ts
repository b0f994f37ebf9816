import BetterSqlite3 from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, openDatabase, schemaVersion } from '../../../electron/store/database';
import { createLibrary } from '../../../electron/store/library';
import { migrations } from '../../../electron/store/migrations';
import type { BodyState } from '../../../shared/story/story-schema';
import { tempDir } from '../support/temp-core';
import { splitBody } from '../../../electron/store/story-body';

const body = (text: string): BodyState => ({
  root: { type: 'root', children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text }] }] },
});

describe('migration 0023: deferred autosave revisions', () => {
  it('adds stories.revision_due, empty for existing stories, with an index for the ones due', () => {
    const db = new BetterSqlite3(path.join(tempDir(), 'm.sqlite'));
    migrate(db, migrations.filter((m) => m.version <= 22));
    db.prepare(`INSERT INTO stories (id, body_json, created_at, updated_at) VALUES ('s1', '{}', 1, 1)`).run();
    migrate(db, migrations.filter((m) => m.version <= 23));
    expect(schemaVersion(db)).toBe(23);
    expect(db.prepare(`SELECT revision_due FROM stories WHERE id = 's1'`).get()).toEqual({ revision_due: null });
    const plan = (db.prepare('EXPLAIN QUERY PLAN SELECT id FROM stories WHERE revision_due IS NOT NULL').all() as { detail: string }[])
      .map((r) => r.detail)
      .join(' | ');
    expect(plan).toContain('stories_revision_due');
    db.close();
  });

  it('keeps a folded save only in the story row until a revision is read, and writes it after a crash', () => {
    const file = path.join(tempDir(), 'library.sqlite');
    const clock = { t: 1_000_000 };
    let db = openDatabase(file);
    let lib = createLibrary(db, () => clock.t);
    lib.afterSaves.cancel();
    const s = lib.stories.create();
    lib.stories.save({ id: s.id, headline: 'Draft', body: body('first') });
    clock.t += 20_000;
    lib.stories.save({ id: s.id, headline: 'Draft', body: body('second') });
    const due = () => (db.prepare('SELECT revision_due FROM stories WHERE id = ?').get(s.id) as { revision_due: number | null }).revision_due;
    // The second save folded: its revision row still holds the first text, the story is marked due.
    expect(due()).toBe(clock.t);
    const stored = db.prepare('SELECT updated_at FROM revisions WHERE story_id = ?').all(s.id);
    expect(stored).toEqual([{ updated_at: clock.t - 20_000 }]);

    // As a crash would: the process goes without writing the revision.
    lib.afterSaves.cancel();
    db.close();
    db = openDatabase(file);
    lib = createLibrary(db, () => clock.t);
    lib.afterSaves.runNow();
    expect(due()).toBeNull();
    const [only, ...rest] = lib.revisions.list(s.id);
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ kind: 'autosave', updatedAt: clock.t });
    expect(lib.revisions.get(only!.id).body).toEqual(body('second'));

    // Read before idle work runs: the read itself brings the revision up to date.
    clock.t += 20_000;
    lib.afterSaves.cancel();
    lib.stories.save({ id: s.id, headline: 'Draft', body: body('third') });
    expect(due()).toBe(clock.t);
    expect(lib.revisions.get(only!.id).body).toEqual(body('third'));
    expect(due()).toBeNull();
    lib.afterSaves.cancel();
    db.close();
  });

  it('writes what was due into the old revision before a save opens a new one or a restore overwrites the story', () => {
    const clock = { t: 1_000_000 };
    const db = openDatabase(path.join(tempDir(), 'library.sqlite'));
    const lib = createLibrary(db, () => clock.t);
    lib.afterSaves.cancel();
    const s = lib.stories.create();
    lib.stories.save({ id: s.id, headline: 'Draft', body: body('one') });
    clock.t += 60_000;
    lib.stories.save({ id: s.id, headline: 'Draft', body: body('two') });
    clock.t += 5 * 60_000;
    lib.stories.save({ id: s.id, headline: 'Draft', body: body('three') });
    const [newer, older] = lib.revisions.list(s.id);
    expect(lib.revisions.get(older!.id).body).toEqual(body('two'));
    expect(lib.revisions.get(newer!.id).body).toEqual(body('three'));

    clock.t += 60_000;
    lib.stories.save({ id: s.id, headline: 'Draft', body: body('four') });
    // A save that writes no autosave revision (a restore) must not let the due one see its text.
    const input = { id: s.id, headline: 'Draft', body: body('restored') };
    db.transaction(() => lib.stories.writeSave(input, { body: splitBody(input.body), words: 2, tks: 0 }, clock.t, false)).immediate();
    expect(lib.revisions.get(newer!.id).body).toEqual(body('four'));
    lib.afterSaves.cancel();
    db.close();
  });
});
