import { describe, expect, it } from 'vitest';
import { StoryStore } from '../../../electron/store/stories';
import { emptyBody, type BodyState } from '../../../shared/story/story-schema';
import { tempCore } from '../support/temp-core';

const paragraph = (text: string): BodyState => ({
  root: {
    type: 'root',
    children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }] }],
  },
});

describe('the story store', () => {
  it('creates, saves and reads back a story with counts and a new version', () => {
    let clock = 1_000;
    const core = tempCore(() => clock);
    const store = new StoryStore(core.db, () => clock);
    const story = store.create();
    expect(story).toMatchObject({ headline: '', version: 1, wordCount: 0, createdAt: 1000 });
    clock = 2_000;
    const saved = store.save({ id: story.id, headline: 'Iraq talks resume', body: paragraph('Both sides expressed a commitment.') });
    expect(saved).toEqual({ id: story.id, version: 2, savedAt: 2000 });
    const read = store.get(story.id);
    expect(read.headline).toBe('Iraq talks resume');
    expect(read.body).toEqual(paragraph('Both sides expressed a commitment.'));
    expect(read.wordCount).toBe(3 + 5);
    expect(store.list(10, 0)).toEqual([{ id: story.id, headline: 'Iraq talks resume', status: 'draft', wordCount: 8, updatedAt: 2000 }]);
  });

  it('lists the most recently updated first', () => {
    let clock = 1;
    const core = tempCore();
    const store = new StoryStore(core.db, () => clock++);
    const a = store.create();
    const b = store.create();
    store.save({ id: a.id, headline: 'A', body: emptyBody() });
    expect(store.list(10, 0).map((s) => s.id)).toEqual([a.id, b.id]);
  });

  it('refuses to save a story that does not exist, readably', () => {
    const core = tempCore();
    const store = new StoryStore(core.db);
    expect(() => store.save({ id: crypto.randomUUID(), headline: 'x', body: emptyBody() })).toThrow(/no longer in the library/);
  });
});
