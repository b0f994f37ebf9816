import { z } from 'zod';
import { SaveStoryInput, SaveStoryResult, Story, StoryId, StorySummary } from '../story/story-schema';

/** Declares one operation: what it accepts and what it answers. */
export const operation = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

const none = z.object({}).strict();

/**
 * The one table of everything the renderer may ask of the core. Electron's ipcMain, the preload,
 * and the browser harness's WebSocket all bind exactly this table.
 */
export const operations = {
  getAppInfo: operation(
    none,
    z.object({ version: z.string(), platform: z.string(), shell: z.enum(['electron', 'harness']) }),
  ),
  listStories: operation(
    z
      .object({ limit: z.number().int().min(1).max(500).default(200), offset: z.number().int().min(0).default(0) })
      .strict(),
    z.array(StorySummary),
  ),
  createStory: operation(none, Story),
  getStory: operation(z.object({ id: StoryId }).strict(), Story),
  saveStory: operation(SaveStoryInput, SaveStoryResult),
} as const;

export type Operations = typeof operations;
export type OperationName = keyof Operations;
export type OperationInput<K extends OperationName> = z.input<Operations[K]['input']>;
export type ParsedInput<K extends OperationName> = z.output<Operations[K]['input']>;
export type OperationOutput<K extends OperationName> = z.output<Operations[K]['output']>;

export const operationNames = Object.keys(operations) as OperationName[];

export function isOperationName(name: unknown): name is OperationName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(operations, name);
}
