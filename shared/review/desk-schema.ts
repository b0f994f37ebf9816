import { z } from 'zod';
import { StoryId, StoryStatus } from '../story/story-schema';
import { RevisionId } from './revision-schema';
import { Role } from './workflow';

export const StatusMove = z.object({
  id: z.number().int(),
  storyId: StoryId,
  from: StoryStatus,
  to: StoryStatus,
  byName: z.string(),
  byRole: Role,
  at: z.number().int(),
  revisionId: RevisionId.nullable(),
});
export type StatusMove = z.infer<typeof StatusMove>;

export const DeskState = z.object({
  status: StoryStatus,
  /** The library row's Unpublished changes mark, so the desk says what the list says. */
  unpublishedChanges: z.boolean(),
  moves: z.array(StatusMove),
  sentRevisionId: RevisionId.nullable(),
  latestRevisionId: RevisionId.nullable(),
});
export type DeskState = z.infer<typeof DeskState>;
