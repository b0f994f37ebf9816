import { mediaUrl } from '../../../shared/media/renditions';
import { call } from '../../bridge/api';
import type { ThumbnailResolver } from '../nodes/media-thumbnail';

/** An image node's thumbnail from the media library, served by the app's own origin. */
export const libraryThumbnail: ThumbnailResolver = async (mediaId) => {
  const [item] = await call('getMediaItems', { ids: [mediaId] });
  return item && item.trashedAt === null ? mediaUrl(item.sha256, 'thumb') : null;
};
