import { z } from 'zod';
import { StoryId } from '../story/story-schema';
import { ImportProgress } from '../media/media-schema';
import { PublishProgress } from './operations/publish';
import { SiteAuthorizationOutcome } from './operations/sites';

/** Everything the core pushes to the renderer unasked. */
export const events = {
  storySaved: z.object({ id: StoryId, version: z.number().int(), savedAt: z.number().int() }),
  /** Stories arrived or changed without the open window doing it (a site sync, a publish job moving a status): lists reload. */
  libraryChanged: z.object({ reason: z.enum(['sync', 'publish']) }),
  menuCommand: z.object({ command: z.enum(['newStory', 'find']) }),
  mediaImportProgress: ImportProgress,
  publishProgress: PublishProgress,
  siteAuthorization: SiteAuthorizationOutcome,
  /** The window is about to close: save the open story, then answer with confirmClose. */
  closeRequested: z.object({ requestId: z.string().uuid() }),
} as const;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<K extends EventName> = z.output<Events[K]>;

export const eventNames = Object.keys(events) as EventName[];

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(events, name);
}
