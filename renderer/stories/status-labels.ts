import type { StoryStatus } from '../../shared/story/story-schema';

export const STATUS_LABELS: Record<StoryStatus, string> = {
  draft: 'Draft',
  in_copy: 'In copy',
  copy_edited: 'Copy edited',
  ready: 'Ready',
  scheduled: 'Scheduled',
  published: 'Published',
  spiked: 'Spiked',
};
