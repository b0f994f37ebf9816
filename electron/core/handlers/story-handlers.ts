import type { storyOperations } from '../../../shared/contract/operations/stories';
import type { StoryStore } from '../../store/stories';
import type { HandlersFor } from '../dispatch';
import type { EventHub } from '../event-hub';

export function storyHandlers(stories: StoryStore, events: EventHub): HandlersFor<typeof storyOperations> {
  return {
    listStories: ({ limit, offset }) => stories.list(limit, offset),
    createStory: () => stories.create(),
    getStory: ({ id }) => stories.get(id),
    saveStory: (input) => {
      const result = stories.save(input);
      events.emit('storySaved', result);
      return result;
    },
  };
}
