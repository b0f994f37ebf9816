import { blockMarkup, type BlockAttributes } from '../../wordpress/block-comment';
import type { StoryNodeRenderer } from '../../wordpress/block-render-context';
import { moreDeclaration } from './more-declaration';

/**
 * core/more as WordPress 6.1's save writes it: `<!--more-->` (with the custom wording after
 * `more `) and `<!--noteaser-->` on the next line when set, raw, as WordPress reads them.
 */
export const moreToWordPress: StoryNodeRenderer = {
  placement: 'block',
  render(node) {
    const { customText, noTeaser } = moreDeclaration.read(node);
    // The wording sits inside an HTML comment: "--" or ">" in it would end the comment early.
    const text = customText.replace(/--+/g, '-').replace(/>/g, '›').trim();
    const attrs: BlockAttributes = {};
    if (text) attrs.customText = text;
    if (noTeaser) attrs.noTeaser = true;
    const more = text ? `<!--more ${text}-->` : '<!--more-->';
    return blockMarkup('core/more', attrs, noTeaser ? `${more}\n<!--noteaser-->` : more);
  },
};
