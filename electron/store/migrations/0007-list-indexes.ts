import type { Migration } from '../migration';

/** Status filter with the headline or word-count sort: each its own index, so no page needs a sort. */
export const migration0007: Migration = {
  version: 7,
  name: 'list-indexes',
  up(db) {
    db.exec(`
      CREATE INDEX stories_by_status_headline ON stories (status, headline COLLATE NOCASE, id);
      CREATE INDEX stories_by_status_words ON stories (status, word_count, id);
    `);
  },
};
