import { z } from 'zod';
import { RevisionComparison, RevisionId, RevisionSummary } from '../../review/revision-schema';
import { DeskState } from '../../review/desk-schema';
import { Note, NoteId, NoteText } from '../../review/note-schema';
import { Profile } from '../../review/workflow';
import { Story, StoryId, StoryStatus } from '../../story/story-schema';
import { operation } from '../operation';

export const reviewOperations = {
  listRevisions: operation(z.object({ storyId: StoryId }).strict(), z.array(RevisionSummary)),
  compareRevisions: operation(z.object({ from: RevisionId, to: RevisionId }).strict(), RevisionComparison),
  /** Makes the revision's text and fields current again, as a new revision; nothing is overwritten. */
  restoreRevision: operation(z.object({ revisionId: RevisionId }).strict(), Story),
  saveCheckpoint: operation(
    z.object({ storyId: StoryId, label: z.string().trim().min(1, 'A checkpoint needs a name.').max(120, 'A checkpoint name is at most 120 characters.') }).strict(),
    RevisionSummary,
  ),
  getProfile: operation(z.object({}).strict(), Profile),
  setProfile: operation(Profile.strict(), Profile),
  getDeskState: operation(z.object({ storyId: StoryId }).strict(), DeskState),
  /** Checked against the profile's role; recorded with who and when, and snapshotted as a revision. */
  moveStory: operation(z.object({ storyId: StoryId, to: StoryStatus }).strict(), DeskState),
  listNotes: operation(z.object({ storyId: StoryId }).strict(), z.array(Note)),
  addNote: operation(z.object({ storyId: StoryId, noteId: NoteId, quote: z.string().max(5000), text: NoteText }).strict(), Note),
  replyToNote: operation(z.object({ noteId: NoteId, text: NoteText }).strict(), Note),
  setNoteResolved: operation(z.object({ noteId: NoteId, resolved: z.boolean() }).strict(), Note),
} as const;
