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
    expect(read.wordCount).toBe(5); // the body's words: a headline is not copy;
    expect(store.list(10, 0)).toEqual([{ id: story.id, headline: 'Iraq talks resume', status: 'draft', wordCount: 5, updatedAt: 2000 }]);
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

  it('names in its UPDATE only the columns whose values changed, so unchanged columns’ indexes and triggers are left alone', () => {
    const core = tempCore();
    const store = new StoryStore(core.db);
    // SQLite fires UPDATE OF triggers, and rewrites index entries, for every column named in SET.
    core.db.exec(`
      CREATE TEMP TABLE named (col TEXT NOT NULL);
      CREATE TEMP TRIGGER named_headline AFTER UPDATE OF headline ON stories BEGIN INSERT INTO named VALUES ('headline'); END;
      CREATE TEMP TRIGGER named_words AFTER UPDATE OF word_count ON stories BEGIN INSERT INTO named VALUES ('word_count'); END;
      CREATE TEMP TRIGGER named_slug AFTER UPDATE OF slug ON stories BEGIN INSERT INTO named VALUES ('slug'); END;
    `);
    const named = () => (core.db.prepare('SELECT col FROM named').pluck().all() as string[]).sort();
    const reset = () => core.db.exec('DELETE FROM named');
    const { id } = store.create();
    const fields = { ...store.get(id).fields, slug: 'talks' };

    store.save({ id, headline: 'Talks', body: paragraph('One two'), fields });
    expect(named()).toEqual(['headline', 'slug', 'word_count']);
    reset();
    // Same headline, same fields, one more word.
    store.save({ id, headline: 'Talks', body: paragraph('One two three'), fields });
    expect(named()).toEqual(['word_count']);
    reset();
    // The same words edited: nothing but the body, time and version.
    store.save({ id, headline: 'Talks', body: paragraph('One two four') });
    expect(named()).toEqual([]);
    expect(store.get(id)).toMatchObject({ headline: 'Talks', wordCount: 3, fields: { slug: 'talks' } });
    expect(store.get(id).body).toEqual(paragraph('One two four'));
  });
});
