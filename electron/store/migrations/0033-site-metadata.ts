import type { Migration } from '../migration';

/**
 * What Connect learns about a site's handling of metadata (its SEO plugin, a byline field, its
 * language, whether its theme shows excerpts), as JSON: NULL for profiles connected before, which
 * are looked at again when they are next synced or published to.
 */
export const migration0033: Migration = {
  version: 33,
  name: 'site-metadata',
  up(db) {
    db.exec(`ALTER TABLE sites ADD COLUMN metadata_json TEXT`);
  },
};
