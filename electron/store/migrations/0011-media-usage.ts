import type { Migration } from '../migration';

/**
 * Which stories use which library items. Body references are kept current by triggers reading the
 * image nodes' "mediaId" out of stories.body_json, so no story code has to remember to do it and the
 * index changes in the same transaction as the body; stories.featured_image_id (migration 0002) the
 * same way. No foreign key to stories: a delete trigger cleans up instead, so rebuilding the stories
 * table in a later migration cannot cascade-delete this index.
 */
export const migration0011: Migration = {
  version: 11,
  name: 'media-usage',
  up(db) {
    db.exec(`
      CREATE TABLE media_usage (
        media_id  TEXT NOT NULL,
        story_id  TEXT NOT NULL,
        role      TEXT NOT NULL CHECK (role IN ('body','featured')),
        PRIMARY KEY (media_id, story_id, role)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX media_usage_by_story ON media_usage (story_id);

      CREATE TRIGGER media_usage_story_insert AFTER INSERT ON stories BEGIN
        INSERT OR IGNORE INTO media_usage (media_id, story_id, role)
          SELECT DISTINCT value, NEW.id, 'body'
          FROM json_tree(CASE WHEN json_valid(NEW.body_json) THEN NEW.body_json ELSE '{}' END)
          WHERE key = 'mediaId' AND type = 'text' AND value <> '';
        INSERT OR IGNORE INTO media_usage (media_id, story_id, role)
          SELECT NEW.featured_image_id, NEW.id, 'featured' WHERE ifnull(NEW.featured_image_id, '') <> '';
      END;

      CREATE TRIGGER media_usage_story_featured AFTER UPDATE OF featured_image_id ON stories BEGIN
        DELETE FROM media_usage WHERE story_id = NEW.id AND role = 'featured';
        INSERT OR IGNORE INTO media_usage (media_id, story_id, role)
          SELECT NEW.featured_image_id, NEW.id, 'featured' WHERE ifnull(NEW.featured_image_id, '') <> '';
      END;

      CREATE TRIGGER media_usage_story_body AFTER UPDATE OF body_json ON stories BEGIN
        DELETE FROM media_usage WHERE story_id = NEW.id AND role = 'body';
        INSERT OR IGNORE INTO media_usage (media_id, story_id, role)
          SELECT DISTINCT value, NEW.id, 'body'
          FROM json_tree(CASE WHEN json_valid(NEW.body_json) THEN NEW.body_json ELSE '{}' END)
          WHERE key = 'mediaId' AND type = 'text' AND value <> '';
      END;

      CREATE TRIGGER media_usage_story_delete AFTER DELETE ON stories BEGIN
        DELETE FROM media_usage WHERE story_id = OLD.id;
      END;

      INSERT OR IGNORE INTO media_usage (media_id, story_id, role)
        SELECT DISTINCT t.value, s.id, 'body'
        FROM stories s, json_tree(CASE WHEN json_valid(s.body_json) THEN s.body_json ELSE '{}' END) t
        WHERE t.key = 'mediaId' AND t.type = 'text' AND t.value <> '';
      INSERT OR IGNORE INTO media_usage (media_id, story_id, role)
        SELECT featured_image_id, id, 'featured' FROM stories WHERE ifnull(featured_image_id, '') <> '';
    `);
  },
};
