import { mediaUrl } from '../../../shared/media/renditions';
import { call } from '../../bridge/api';
import type { ThumbnailResolver } from '../nodes/media-thumbnail';

/** An image node's picture from the media library at the text's width (800 px, as the site shows it), served by the app's own origin. */
export const libraryThumbnail: ThumbnailResolver = async (mediaId) => {
  const [item] = await call('getMediaItems', { ids: [mediaId] });
  return item && item.trashedAt === null ? mediaUrl(item.sha256, 'w800jpeg') : null;
};
