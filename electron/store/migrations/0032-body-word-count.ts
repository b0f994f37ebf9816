import { bodyPlainText, countWords } from '../../../shared/story/plain-text';
import type { BodyState } from '../../../shared/story/story-schema';
import type { Migration } from '../migration';
import { StoryBodies } from '../story-body';

/**
 * A story's word count becomes its body's words, the same words the editor counts (captions and
 * pull quotes in, headline out): the list said 147 where the open story said 137. Every stored
 * count is computed again from the stored body; a body that cannot be read keeps its count.
 */
export const migration0032: Migration = {
  version: 32,
  name: 'body-word-count',
  up(db) {
    const bodies = new StoryBodies(db);
    const update = db.prepare('UPDATE stories SET word_count = ? WHERE id = ?');
    const rows = db.prepare('SELECT id, body_json FROM stories').iterate() as IterableIterator<{ id: string; body_json: string }>;
    const counts: Array<[number, string]> = [];
    for (const row of rows) {
      try {
        const body = bodies.read(row.id, row.body_json) as BodyState | null;
        if (body?.root && Array.isArray(body.root.children)) counts.push([countWords(bodyPlainText(body)), row.id]);
      } catch {
        // A damaged body says so when it is opened; its count stays as it was.
      }
    }
    for (const [words, id] of counts) update.run(words, id);
  },
};
