import type { storyOperations } from '../../../shared/contract/operations/stories';
import type { Library } from '../../store/library';
import { libraryHealth } from '../../store/library-file';
import type { HandlersFor } from '../dispatch';

export function storyHandlers(library: Library): HandlersFor<typeof storyOperations> {
  const { stories, sections, list, search, saves, backups } = library;
  return {
    listStories: ({ limit, offset }) => stories.list(limit, offset),
    createStory: () => stories.create(),
    getStory: ({ id }) => stories.get(id),
    saveStory: (input) => saves.save(input),
    listSections: () => sections.list(),
    createSection: ({ name, parentId }) => sections.create(name, parentId),
    queryLibrary: (query) => list.query(query),
    searchStories: ({ query, view, limit }) => search.search(query, view, limit),
    duplicateStory: ({ id }) => stories.get(saves.duplicate(id)),
    // Spiking and restoring are desk moves: checked, recorded and snapshotted like any other.
    spikeStory: ({ id }) => ({ id, status: library.desk.move(id, 'spiked').status }),
    restoreStory: ({ id }) => ({ id, status: library.desk.move(id, 'draft').status }),
    archiveStory: ({ id, archived }) => {
      list.setArchived(id, archived);
      return { id };
    },
    deleteStoryForever: ({ id }) => {
      list.deleteForever(id);
      return { id };
    },
    getLibraryHealth: () => ({ damaged: libraryHealth(library.db).damaged, backups: backups.list(), lastGood: backups.lastGood() }),
    backupLibrary: () => backups.take(),
    restoreBackup: async ({ name }) => {
      await backups.restore(name);
      return { name };
    },
  };
}
