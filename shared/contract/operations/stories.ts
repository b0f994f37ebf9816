import { z } from 'zod';
import { LibraryPage, LibraryQuery, LibraryRow, SearchHit, SearchInput } from '../../story/library-schema';
import { CreateSectionInput, Section } from '../../story/section-schema';
import { SaveStoryInput, SaveStoryResult, Story, StoryId, StoryStatus, StorySummary } from '../../story/story-schema';
import { operation } from '../operation';

const BackupInfo = z.object({ name: z.string(), at: z.number().int(), bytes: z.number().int() });

const ById = z.object({ id: StoryId }).strict();

/** A save's answer: with the story's library row, whose counts and sections the save just computed. */
export const SavedStory = SaveStoryResult.extend({ row: LibraryRow });
export type SavedStory = z.infer<typeof SavedStory>;

export const storyOperations = {
  listStories: operation(
    z
      .object({ limit: z.number().int().min(1).max(500).default(200), offset: z.number().int().min(0).default(0) })
      .strict(),
    z.array(StorySummary),
  ),
  createStory: operation(z.object({}).strict(), Story),
  getStory: operation(ById, Story),
  saveStory: operation(SaveStoryInput, SavedStory),
  listSections: operation(z.object({}).strict(), z.array(Section)),
  createSection: operation(CreateSectionInput, Section),
  queryLibrary: operation(LibraryQuery, LibraryPage),
  searchStories: operation(SearchInput, z.array(SearchHit)),
  duplicateStory: operation(ById, Story),
  spikeStory: operation(ById, z.object({ id: StoryId, status: StoryStatus })),
  restoreStory: operation(ById, z.object({ id: StoryId, status: StoryStatus })),
  archiveStory: operation(z.object({ id: StoryId, archived: z.boolean() }).strict(), z.object({ id: StoryId })),
  /** Irreversible: the UI asks twice, and the core refuses unless the story is spiked. */
  deleteStoryForever: operation(z.object({ id: StoryId, confirmed: z.literal(true) }).strict(), z.object({ id: StoryId })),
  getLibraryHealth: operation(
    z.object({}).strict(),
    z.object({
      damaged: z.object({ message: z.string(), keptAs: z.string() }).nullable(),
      backups: z.array(BackupInfo),
      lastGood: BackupInfo.nullable(),
    }),
  ),
  backupLibrary: operation(z.object({}).strict(), BackupInfo),
  restoreBackup: operation(z.object({ name: z.string().regex(/^library-\d{13}\.sqlite$/, 'That is not a Presswork backup.') }).strict(), z.object({ name: z.string() })),
} as const;
