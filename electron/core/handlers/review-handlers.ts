import type { reviewOperations } from '../../../shared/contract/operations/review';
import { sectionPath } from '../../../shared/story/section-schema';
import type { Library } from '../../store/library';
import type { HandlersFor } from '../dispatch';

export function reviewHandlers(library: Library): HandlersFor<typeof reviewOperations> {
  const { db, stories, revisions, sections, saves, profile, desk, notes } = library;
  return {
    listRevisions: ({ storyId }) => {
      stories.get(storyId);
      return revisions.list(storyId);
    },
    compareRevisions: ({ from, to }) => {
      const all = sections.list();
      return revisions.compare(from, to, (id) => sectionPath(all, id) || `#${id}`);
    },
    restoreRevision: ({ revisionId }) => {
      const rev = revisions.get(revisionId);
      saves.together((write) => write({ id: rev.storyId, headline: rev.headline, body: rev.body, fields: rev.fields }, `Restored revision #${rev.id}`));
      return stories.get(rev.storyId);
    },
    listNotes: ({ storyId }) => notes.list(storyId),
    addNote: ({ storyId, noteId, quote, text }) => {
      stories.get(storyId);
      return notes.add(storyId, noteId, quote, text);
    },
    replyToNote: ({ noteId, text }) => notes.reply(noteId, text),
    setNoteResolved: ({ noteId, resolved }) => notes.setResolved(noteId, resolved),
    getProfile: () => profile.get(),
    setProfile: (p) => profile.set(p),
    getDeskState: ({ storyId }) => desk.state(storyId),
    moveStory: ({ storyId, to }) => desk.move(storyId, to),
    saveCheckpoint: ({ storyId, label }) =>
      db
        .transaction(() => {
          const id = revisions.writeRevision(storyId, 'checkpoint', label, stories.snapshot(storyId));
          return revisions.list(storyId).find((r) => r.id === id)!;
        })
        .immediate(),
  };
}
