import { z } from 'zod';
import { StoryId, StoryStatus } from '../story/story-schema';

export const REVISION_KINDS = ['autosave', 'status', 'checkpoint', 'publish', 'restore', 'sent_to_copy'] as const;
export const RevisionKind = z.enum(REVISION_KINDS);
export type RevisionKind = z.infer<typeof RevisionKind>;

export const RevisionId = z.number().int().positive();

export const RevisionSummary = z.object({
  id: RevisionId,
  storyId: StoryId,
  kind: RevisionKind,
  label: z.string().nullable(),
  author: z.string(),
  status: StoryStatus,
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
  wordCount: z.number().int(),
  wordDelta: z.number().int(),
});
export type RevisionSummary = z.infer<typeof RevisionSummary>;

export const DiffPart = z.object({ value: z.string(), added: z.boolean(), removed: z.boolean() });
export type DiffPart = z.infer<typeof DiffPart>;

export const FieldChange = z.object({ field: z.string(), label: z.string(), before: z.string(), after: z.string() });
export type FieldChange = z.infer<typeof FieldChange>;

export const RevisionComparison = z.object({
  from: RevisionSummary,
  to: RevisionSummary,
  body: z.array(DiffPart),
  fields: z.array(FieldChange),
});
export type RevisionComparison = z.infer<typeof RevisionComparison>;

export const KIND_LABELS: Record<RevisionKind, string> = {
  autosave: 'Autosave',
  status: 'Status change',
  checkpoint: 'Checkpoint',
  publish: 'Published',
  restore: 'Restored',
  sent_to_copy: 'Sent to copy',
};
