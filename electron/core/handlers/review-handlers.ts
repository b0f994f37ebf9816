import type { reviewOperations } from '../../../shared/contract/operations/review';
import { sectionPath } from '../../../shared/story/section-schema';
import type { Library } from '../../store/library';
import { derive } from '../../store/stories';
import type { HandlersFor } from '../dispatch';
import type { EventHub } from '../event-hub';

export function reviewHandlers(library: Library, events: EventHub): HandlersFor<typeof reviewOperations> {
  const { db, now, stories, revisions, sections, search, profile, desk, notes } = library;
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
      const input = { id: rev.storyId, headline: rev.headline, body: rev.body, fields: rev.fields };
      const derived = derive(input);
      const saved = db
        .transaction(() => {
          const at = now();
          const result = stories.writeSave(input, derived, at, false);
          revisions.writeRevision(rev.storyId, 'restore', `Restored revision #${rev.id}`, stories.snapshot(rev.storyId), at);
          return result;
        })
        .immediate();
      search.schedule();
      events.emit('storySaved', saved);
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
