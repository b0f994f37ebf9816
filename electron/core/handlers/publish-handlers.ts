import type { publishOperations } from '../../../shared/contract/operations/publish';
import type { PublishService } from '../../publish/publish-service';
import type { HandlersFor } from '../dispatch';

export function publishHandlers(publishing: PublishService): HandlersFor<typeof publishOperations> {
  return {
    checkPublish: ({ storyId, siteId }) => publishing.checklist(storyId, siteId),
    publishStory: (input) => publishing.publish(input),
    unpublishStory: ({ storyId, siteId }) => publishing.takeDown(storyId, siteId, 'unpublish'),
    trashStory: ({ storyId, siteId }) => publishing.takeDown(storyId, siteId, 'trash'),
    getPublishState: ({ storyId }) => publishing.state(storyId),
    getConflict: ({ jobId }) => publishing.conflict(jobId),
    resolveConflict: ({ jobId, keep }) => publishing.resolve(jobId, keep),
    retryJob: ({ jobId }) => publishing.retry(jobId),
    getPullDifferences: ({ storyId, siteId }) => publishing.pullDifferences(storyId, siteId),
    confirmPullDifferences: ({ storyId, siteId }) => publishing.confirmPullDifferences(storyId, siteId),
    previewStory: ({ storyId }) => publishing.preview(storyId),
  };
}
