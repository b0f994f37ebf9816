import { z } from 'zod';
import { SaveStoryInput, SaveStoryResult, Story, StoryId, StorySummary } from '../../story/story-schema';
import { operation } from '../operation';

export const storyOperations = {
  listStories: operation(
    z
      .object({ limit: z.number().int().min(1).max(500).default(200), offset: z.number().int().min(0).default(0) })
      .strict(),
    z.array(StorySummary),
  ),
  createStory: operation(z.object({}).strict(), Story),
  getStory: operation(z.object({ id: StoryId }).strict(), Story),
  saveStory: operation(SaveStoryInput, SaveStoryResult),
} as const;
