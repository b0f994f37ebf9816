import { z } from 'zod';
import { StoryId } from '../story/story-schema';

export const NoteId = z.string().uuid();
export const NoteText = z.string().trim().min(1, 'A note needs some text.').max(5000, 'A note is at most 5,000 characters.');

export const Note = z.object({
  id: NoteId,
  storyId: StoryId,
  quote: z.string(),
  createdBy: z.string(),
  createdAt: z.number().int(),
  resolvedAt: z.number().int().nullable(),
  resolvedBy: z.string().nullable(),
  messages: z.array(z.object({ id: z.number().int(), author: z.string(), text: z.string(), at: z.number().int() })),
});
export type Note = z.infer<typeof Note>;
