import { describe, expect, it } from 'vitest';
import { createLibrary } from '../../../electron/store/library';
import { reviewHandlers } from '../../../electron/core/handlers/review-handlers';
import { emptyFields, type BodyState } from '../../../shared/story/story-schema';
import { tempCore } from '../support/temp-core';

const body = (...paragraphs: string[]): BodyState => ({
  root: { type: 'root', children: paragraphs.map((text) => ({ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text }] })) },
});

function setup() {
  const clock = { t: 1_000_000 };
  const core = tempCore();
  const lib = createLibrary(core.db, () => clock.t);
  const review = reviewHandlers(lib);
  return { core, lib, review, clock };
}

const words = (n: number, seed: number) => Array.from({ length: n }, (_, i) => `word${(i * 7919 + seed) % 5000}`).join(' ');

describe('revisions', () => {
  it('folds autosaves into one revision per five minutes of editing', () => {
    const { lib, clock } = setup();
    const s = lib.stories.create();
    for (let i = 0; i < 10; i++) {
      lib.stories.save({ id: s.id, headline: 'Draft', body: body(`text ${i}`) });
      clock.t += 20_000; // every 20 s for 200 s
    }
    expect(lib.revisions.list(s.id)).toHaveLength(1);
    expect(lib.revisions.get(lib.revisions.list(s.id)[0]!.id).body).toEqual(body('text 9'));
    clock.t += 5 * 60_000;
    lib.stories.save({ id: s.id, headline: 'Draft', body: body('text 10') });
    const list = lib.revisions.list(s.id);
    expect(list).toHaveLength(2);
    expect(list[0]).toMatchObject({ kind: 'autosave', wordCount: 2, wordDelta: 0 });
  });

  it('snapshots every field, makes checkpoints, compares word by word and field by field, and restores as a new revision', async () => {
    const { lib, review, clock } = setup();
    const s = lib.stories.create();
    const sec = lib.sections.create('Politics', null);
    lib.stories.save({ id: s.id, headline: 'Talks resume', body: body('The two sides met on Monday.'), fields: { ...emptyFields(), byline: ['Ana'], sectionIds: [sec.id] } });
    const first = await review.saveCheckpoint({ storyId: s.id, label: 'First draft' });
    expect(first).toMatchObject({ kind: 'checkpoint', label: 'First draft', wordCount: 6 });
    clock.t += 1000;
    lib.stories.save({ id: s.id, headline: 'Talks resume in Geneva', body: body('The two sides met on Tuesday.'), fields: { ...emptyFields(), byline: ['Ana', 'Tom'], slug: 'talks' } });
    const latest = lib.revisions.latest(s.id)!;
    expect(latest.wordDelta).toBe(0); // the body kept its six words; the headline's are not counted
    const cmp = await review.compareRevisions({ from: first.id, to: latest.id });
    expect(cmp.body.filter((p) => p.removed).map((p) => p.value)).toEqual(['Monday']);
    expect(cmp.body.filter((p) => p.added).map((p) => p.value)).toEqual(['Tuesday']);
    expect(cmp.fields).toEqual([
      { field: 'headline', label: 'Headline', before: 'Talks resume', after: 'Talks resume in Geneva' },
      { field: 'byline', label: 'Byline', before: 'Ana', after: 'Ana, Tom' },
      { field: 'slug', label: 'Slug', before: '', after: 'talks' },
      { field: 'sectionIds', label: 'Sections', before: 'Politics', after: '' },
    ]);

    const count = lib.revisions.list(s.id).length;
    const restored = await review.restoreRevision({ revisionId: first.id });
    expect(restored.headline).toBe('Talks resume');
    expect(restored.fields.sectionIds).toEqual([sec.id]);
    const after = lib.revisions.list(s.id);
    expect(after).toHaveLength(count + 1);
    expect(after[0]).toMatchObject({ kind: 'restore', label: `Restored revision #${first.id}` });
    // The revision that held the Tuesday text is still there, unchanged.
    expect(lib.revisions.get(latest.id).body).toEqual(body('The two sides met on Tuesday.'));
  });

  it('adds at most 10 KB per one-word revision of a 10,000-word story', async () => {
    const { core, lib, review } = setup();
    const s = lib.stories.create();
    const paragraphs = Array.from({ length: 100 }, (_, i) => words(100, i));
    lib.stories.save({ id: s.id, headline: 'Long read', body: body(...paragraphs) });
    await review.saveCheckpoint({ storyId: s.id, label: 'start' });
    core.db.pragma('wal_checkpoint(TRUNCATE)');
    const pragma = (name: string) => core.db.pragma(name, { simple: true }) as number;
    // Pages in use, so freed pages reused by the overwritten story body cannot hide growth.
    const size = () => (pragma('page_count') - pragma('freelist_count')) * pragma('page_size');
    const before = size();
    const N = 40;
    for (let i = 0; i < N; i++) {
      const p = i % 100;
      paragraphs[p] = `${paragraphs[p]!.slice(0, -1)}changed${i}`;
      lib.stories.save({ id: s.id, headline: 'Long read', body: body(...paragraphs) });
      await review.saveCheckpoint({ storyId: s.id, label: `edit ${i}` });
    }
    core.db.pragma('wal_checkpoint(TRUNCATE)');
    const perRevision = (size() - before) / N;
    expect(perRevision).toBeLessThanOrEqual(10 * 1024);
    expect(lib.revisions.get(lib.revisions.latest(s.id)!.id).body).toEqual(body(...paragraphs));
  });
});
