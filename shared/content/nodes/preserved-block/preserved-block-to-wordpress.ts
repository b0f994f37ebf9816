import type { StoryNodeRenderer } from '../../wordpress/block-render-context';
import { preservedBlockDeclaration } from './preserved-block-declaration';

/**
 * The block's source bytes, exactly as pulled. Publishing checks first that the markup is what
 * was pulled from that site for that story (see the publisher), so nothing else is written raw.
 */
export const preservedBlockToWordPress: StoryNodeRenderer = {
  placement: 'block',
  render(node) {
    const { markup } = preservedBlockDeclaration.read(node);
    return markup === '' ? null : markup;
  },
};
