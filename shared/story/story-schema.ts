import { z } from 'zod';

export const StoryId = z.string().uuid();

export const STORY_STATUSES = ['draft', 'in_copy', 'copy_edited', 'ready', 'scheduled', 'published', 'spiked'] as const;
export const StoryStatus = z.enum(STORY_STATUSES);
export type StoryStatus = z.infer<typeof StoryStatus>;

/**
 * Lexical's serialized editor state. Validated structurally here (a root with children);
 * the node-level schema belongs to the content model, which versions each node.
 */
export const SerializedNode: z.ZodType<{ type: string; version?: number; children?: unknown[] } & Record<string, unknown>> = z
  .object({ type: z.string().min(1).max(64), version: z.number().int().optional(), children: z.array(z.unknown()).optional() })
  .passthrough();

export const BodyState = z
  .object({
    root: z
      .object({ type: z.literal('root'), children: z.array(SerializedNode) })
      .passthrough(),
  })
  .passthrough();
export type BodyState = z.infer<typeof BodyState>;

export const HEADLINE_MAX = 300;

export const StorySummary = z.object({
  id: StoryId,
  headline: z.string(),
  status: StoryStatus,
  wordCount: z.number().int().nonnegative(),
  updatedAt: z.number().int(),
});
export type StorySummary = z.infer<typeof StorySummary>;

export const Story = StorySummary.extend({
  body: BodyState,
  createdAt: z.number().int(),
  version: z.number().int().positive(),
});
export type Story = z.infer<typeof Story>;

export const SaveStoryInput = z
  .object({
    id: StoryId,
    headline: z.string().max(HEADLINE_MAX, `A headline is at most ${HEADLINE_MAX} characters.`),
    body: BodyState,
  })
  .strict();
export type SaveStoryInput = z.infer<typeof SaveStoryInput>;

export const SaveStoryResult = z.object({ id: StoryId, version: z.number().int().positive(), savedAt: z.number().int() });
export type SaveStoryResult = z.infer<typeof SaveStoryResult>;

/** An empty body: one empty paragraph, as Lexical itself starts. */
export function emptyBody(): BodyState {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: [
        { type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children: [] },
      ],
    },
  };
}
