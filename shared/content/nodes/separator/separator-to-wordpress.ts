import { blockMarkup } from '../../wordpress/block-comment';
import type { StoryNodeRenderer } from '../../wordpress/block-render-context';

/** core/separator as WordPress 6.1 saves it. */
export const separatorToWordPress: StoryNodeRenderer = {
  placement: 'block',
  render: () => blockMarkup('core/separator', {}, '<hr class="wp-block-separator has-alpha-channel-opacity"/>'),
};
