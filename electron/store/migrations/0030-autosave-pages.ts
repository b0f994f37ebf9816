import type { Migration } from '../migration';

/**
 * Fewer pages per autosave. Every page a commit writes to the WAL costs 0.03–0.06 ms of its sync
 * under synchronous=FULL, and a 10,000-word story's autosave wrote fifteen.
 *
 * A save now rewrites a changed block in place, in the row of the block it replaces: an insert
 * went to the end of story_blocks and a delete left a hole behind, so one save in two also took a
 * page from the free list or gave one back (the header page, a free-list page, a new leaf and its
 * parent). These triggers keep media usage for a block rewritten so, as the insert and delete
 * triggers of migration 0028 do for the others: the new block's media are in use, and the old
 * block's are not once no block of the story names them.
 *
 * stories_by_words goes: every list sorted by word count is served by an index of its view, its
 * status or its TK filter (migrations 0007, 0026), and no other query sorts by word count, yet a
 * save that changed the count rewrote its page.
 */
export const migration0030: Migration = {
  version: 30,
  name: 'autosave-pages',
  up(db) {
    db.exec(`
      DROP INDEX stories_by_words;
      CREATE TRIGGER media_usage_block_update_new AFTER UPDATE OF json ON story_blocks
      WHEN instr(NEW.json, '"mediaId"') > 0
      BEGIN
        INSERT OR IGNORE INTO media_usage (media_id, story_id, role)
          SELECT DISTINCT value, NEW.story_id, 'body'
          FROM json_tree(CASE WHEN json_valid(NEW.json) THEN NEW.json ELSE '{}' END)
          WHERE key = 'mediaId' AND type = 'text' AND value <> '';
      END;
      CREATE TRIGGER media_usage_block_update_old AFTER UPDATE OF json ON story_blocks
      WHEN instr(OLD.json, '"mediaId"') > 0
      BEGIN
        DELETE FROM media_usage WHERE story_id = OLD.story_id AND role = 'body' AND media_id NOT IN (
          SELECT t.value FROM story_blocks b, json_tree(CASE WHEN json_valid(b.json) THEN b.json ELSE '{}' END) t
          WHERE b.story_id = OLD.story_id AND instr(b.json, '"mediaId"') > 0 AND t.key = 'mediaId' AND t.type = 'text'
        );
      END;
    `);
  },
};
