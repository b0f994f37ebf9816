import type { Migration } from '../migration';

/**
 * One index for both markers a save leaves for the idle work after it: the story to index for
 * search (0003) and its autosave revision due (0023). A save set both, so it wrote a page of each
 * index; the idle work then cleared them one at a time. With one index, the save adds one entry and
 * the idle work removes it, one page fewer in every autosave's commit. SQLite uses a partial index
 * whose condition the query's implies, so each marker's query still walks only the marked stories.
 */
export const migration0031: Migration = {
  version: 31,
  name: 'idle-work-index',
  up(db) {
    db.exec(`
      DROP INDEX stories_to_index;
      DROP INDEX stories_revision_due;
      CREATE INDEX stories_idle_work ON stories (id) WHERE search_version < version OR revision_due IS NOT NULL;
    `);
  },
};
