import type { Migration } from '../migration';

/**
 * Autosaves that fold into the story's open autosave revision no longer rewrite that revision in
 * the save's transaction: the save records when it happened in stories.revision_due, and the
 * revision is brought up to date from the story row shortly after, before any revision is read or
 * written, and at start after a crash. The partial index finds the few stories with one pending.
 */
export const migration0023: Migration = {
  version: 23,
  name: 'deferred-revisions',
  up(db) {
    db.exec(`
      ALTER TABLE stories ADD COLUMN revision_due INTEGER;
      CREATE INDEX stories_revision_due ON stories (id) WHERE revision_due IS NOT NULL;
    `);
  },
};
