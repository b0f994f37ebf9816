import type { StoryNodeParser } from '../../wordpress/block-import-context';
import { moreDeclaration } from './more-declaration';

/** core/more: its wording and teaser setting are block attributes (the `<!--more-->` inside repeats them). */
export const moreFromWordPress: StoryNodeParser = {
  claims: (name) => name === 'core/more',
  fromBlock(block) {
    const attrs = (block.attrs ?? {}) as Record<string, unknown>;
    return [moreDeclaration.json({ customText: typeof attrs.customText === 'string' ? attrs.customText : '', noTeaser: attrs.noTeaser === true })];
  },
};
