import type { Migration } from '../migration';

/**
 * The body trigger of migration 0011 walked the whole body JSON (json_valid, then json_tree) on
 * every save: about half a millisecond for a 10,000-word story, inside the autosave transaction.
 * It now runs only when the new body can reference an image (the key "mediaId" appears in it; the
 * app writes bodies with JSON.stringify, which never escapes a key's letters) or when the story
 * had body references to clear. Same effect, otherwise skipped.
 */
export const migration0024: Migration = {
  version: 24,
  name: 'media-usage-guard',
  up(db) {
    db.exec(`
      DROP TRIGGER media_usage_story_body;
      CREATE TRIGGER media_usage_story_body AFTER UPDATE OF body_json ON stories
      WHEN instr(NEW.body_json, '"mediaId"') > 0
        OR EXISTS (SELECT 1 FROM media_usage WHERE story_id = NEW.id AND role = 'body')
      BEGIN
        DELETE FROM media_usage WHERE story_id = NEW.id AND role = 'body';
        INSERT OR IGNORE INTO media_usage (media_id, story_id, role)
          SELECT DISTINCT value, NEW.id, 'body'
          FROM json_tree(CASE WHEN json_valid(NEW.body_json) THEN NEW.body_json ELSE '{}' END)
          WHERE key = 'mediaId' AND type = 'text' AND value <> '';
      END;
    `);
  },
};
