import { blockMarkup, escapeHtmlText } from '../../wordpress/block-comment';
import type { StoryNodeRenderer } from '../../wordpress/block-render-context';
import { pullQuoteDeclaration } from './pull-quote-declaration';

/** core/pullquote as WordPress 6.1 saves it: the quote's lines as one paragraph, the citation in `<cite>`. */
export const pullQuoteToWordPress: StoryNodeRenderer = {
  placement: 'block',
  render(node) {
    const fields = pullQuoteDeclaration.read(node);
    const text = fields.text.trim();
    const citation = fields.citation.trim();
    if (!text && !citation) return null;
    const cite = citation ? `<cite>${escapeHtmlText(citation)}</cite>` : '';
    return blockMarkup(
      'core/pullquote',
      {},
      `<figure class="wp-block-pullquote"><blockquote><p>${escapeHtmlText(text).replace(/\n/g, '<br>')}</p>${cite}</blockquote></figure>`,
    );
  },
};
