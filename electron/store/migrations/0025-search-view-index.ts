import type { Migration } from '../migration';

/**
 * Search keeps only the matches in the library view being searched, one story row per match. The
 * view's columns (status, archived_at) sit after body_json in a story's record, so reading them
 * walked the body's overflow pages for every match; this covering index answers from the index.
 */
export const migration0025: Migration = {
  version: 25,
  name: 'search-view-index',
  up(db) {
    db.exec(`CREATE INDEX stories_view ON stories (id, status, archived_at);`);
  },
};
