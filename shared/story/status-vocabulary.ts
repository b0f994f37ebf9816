import type { StoryStatus } from './story-schema';

/**
 * The one vocabulary for where a story stands, used by every view (the story list, the copy desk,
 * the publishing panel); WordPress's own words (publish, future) never reach the screen.
 */
export const STATUS_LABELS: Record<StoryStatus, string> = {
  draft: 'Draft',
  in_copy: 'In copy',
  copy_edited: 'Copy edited',
  ready: 'Ready',
  scheduled: 'Scheduled',
  published: 'Published',
  spiked: 'Spiked',
};

/** The mark on a story live on a site (or scheduled there) that was edited since it was last sent. */
export const UNPUBLISHED_CHANGES = 'Unpublished changes';

/** A site's post statuses under which readers see the post, or will without anyone acting: edits not sent are then worth a mark. */
export const LIVE_SITE_STATUSES: readonly string[] = ['publish', 'future'];

/** Whether a story version differs from the one its live post on a site was last made from. */
export function hasUnpublishedChanges(remoteStatus: string | null, syncedVersion: number | null, storyVersion: number): boolean {
  return remoteStatus !== null && LIVE_SITE_STATUSES.includes(remoteStatus) && syncedVersion !== null && syncedVersion !== storyVersion;
}

/** A site's post status in the same words as the story's own (a post pending review has no story status of its own). */
export function siteStatusLabel(remoteStatus: string | null): string {
  switch (remoteStatus) {
    case 'publish':
      return STATUS_LABELS.published;
    case 'future':
      return STATUS_LABELS.scheduled;
    case 'draft':
      return STATUS_LABELS.draft;
    case 'pending':
      return 'Pending review';
    case 'private':
      return 'Private';
    case 'trash':
      return 'In the trash';
    default:
      return 'Not on the site';
  }
}
