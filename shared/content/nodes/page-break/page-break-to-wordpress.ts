import { blockMarkup } from '../../wordpress/block-comment';
import type { StoryNodeRenderer } from '../../wordpress/block-render-context';

/** core/nextpage as WordPress 6.1 saves it. */
export const pageBreakToWordPress: StoryNodeRenderer = {
  placement: 'block',
  render: () => blockMarkup('core/nextpage', {}, '<!--nextpage-->'),
};
