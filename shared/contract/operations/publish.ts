import { z } from 'zod';
import { RemoteLinkField, RemoteNameField } from '../remote-values';
import { StoryId } from '../../story/story-schema';
import { operation } from '../operation';
import { SiteId } from './sites';

export const JobId = z.string().uuid();
export const RemoteStatus = z.enum(['publish', 'future', 'pending', 'draft']);
export type RemoteStatus = z.infer<typeof RemoteStatus>;
export const JobAction = z.enum(['publish', 'unpublish', 'trash']);
export const JobState = z.enum(['queued', 'running', 'waiting', 'conflict', 'failed', 'done', 'cancelled']);
export type JobState = z.infer<typeof JobState>;

export const ChecklistItem = z.object({
  id: z.string(),
  level: z.enum(['blocker', 'warning']),
  message: z.string(),
});
export type ChecklistItem = z.infer<typeof ChecklistItem>;

export const Checklist = z.object({
  items: z.array(ChecklistItem),
  /** The slug the post will get. */
  slug: z.string(),
});
export type Checklist = z.infer<typeof Checklist>;

export const PublishJob = z.object({
  id: JobId,
  storyId: StoryId,
  siteId: SiteId,
  action: JobAction,
  targetStatus: RemoteStatus.nullable(),
  state: JobState,
  step: z.string(),
  progress: z.number(),
  attempts: z.number().int(),
  nextAttemptAt: z.number().int(),
  error: z.string().nullable(),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
});
export type PublishJob = z.infer<typeof PublishJob>;

/** Pushed while a job runs (and when it ends): the job, and the post's link once it has one. */
export const PublishProgress = PublishJob.extend({ link: RemoteLinkField });
export type PublishProgress = z.infer<typeof PublishProgress>;

export const RemoteLink = z.object({
  siteId: SiteId,
  siteName: z.string(),
  remoteId: z.number().int().nullable(),
  remoteStatus: z.string().nullable(),
  link: RemoteLinkField,
  modifiedGmt: z.string().nullable(),
  /** The post's slug on the site as it last answered (the intended one until it has answered). */
  slug: z.string(),
  /** Live there (or scheduled) and the story was edited since it was last sent. */
  unpublishedChanges: z.boolean(),
});

export const PublishLogEntry = z.object({
  at: z.number().int(),
  // The WordPress user's name, as the site gave it.
  who: RemoteNameField,
  siteName: z.string(),
  storyVersion: z.number().int(),
  action: z.string(),
  result: z.string(),
  link: RemoteLinkField,
  message: z.string(),
});

export const PublishState = z.object({
  jobs: z.array(PublishJob),
  remotes: z.array(RemoteLink),
  log: z.array(PublishLogEntry),
});
export type PublishState = z.infer<typeof PublishState>;

/** The two versions side by side when the site changed the post since our last sync. */
export const Conflict = z.object({
  jobId: JobId,
  ours: z.object({ title: z.string(), excerpt: z.string(), content: z.string() }),
  theirs: z.object({ title: z.string(), excerpt: z.string(), content: z.string(), modifiedGmt: z.string(), link: RemoteLinkField }),
});
export type Conflict = z.infer<typeof Conflict>;

/** One way the markup Presswork would write differs from the post as the site holds it (see compareMarkup). */
export const PullDifference = z.object({
  kind: z.enum(['removed', 'added', 'changed']),
  blockName: z.string().nullable(),
  label: z.string(),
  path: z.string(),
  aspects: z.array(z.enum(['name', 'attributes', 'html', 'text'])),
  theirs: z.string(),
  ours: z.string(),
});

/** What Presswork would change in the story's post as pulled, and when the user said they had looked. */
export const PullDifferences = z.object({ differences: z.array(PullDifference), foundAt: z.number().int(), lookedAt: z.number().int().nullable() });
export type PullDifferences = z.infer<typeof PullDifferences>;

const StorySite = { storyId: StoryId, siteId: SiteId };

export const publishOperations = {
  checkPublish: operation(z.object(StorySite).strict(), Checklist),
  publishStory: operation(
    z
      .object({
        ...StorySite,
        status: RemoteStatus.default('publish'),
        /** For `future`: when the post goes live (ms since the epoch); by default the story's own Scheduled time, which the app always uses. */
        scheduledAt: z.number().int().positive().optional(),
        overrideWarnings: z.boolean().default(false),
      })
      .strict(),
    PublishJob,
  ),
  unpublishStory: operation(z.object(StorySite).strict(), PublishJob),
  trashStory: operation(z.object(StorySite).strict(), PublishJob),
  getPublishState: operation(z.object({ storyId: StoryId }).strict(), PublishState),
  getConflict: operation(z.object({ jobId: JobId }).strict(), Conflict),
  resolveConflict: operation(z.object({ jobId: JobId, keep: z.enum(['theirs', 'ours']) }).strict(), PublishJob),
  retryJob: operation(z.object({ jobId: JobId }).strict(), PublishJob),
  /** The differences found when the story was pulled from the site; null when there were none. */
  getPullDifferences: operation(z.object(StorySite).strict(), PullDifferences.nullable()),
  /** "I have looked": the user saw what Presswork would change; publishing may overwrite the post. */
  confirmPullDifferences: operation(z.object(StorySite).strict(), PullDifferences.nullable()),
  /** The story as the site will show it: HTML for a sandboxed frame (the renderer sanitizes it again), images from the app's own origin. */
  previewStory: operation(z.object({ storyId: StoryId }).strict(), z.object({ title: z.string(), standfirst: z.string(), html: z.string() })),
} as const;
