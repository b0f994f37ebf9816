import { blockMarkup, escapeHtmlAttribute, escapeHtmlText } from '../../wordpress/block-comment';
import { BlockConversionError, type StoryNodeRenderer } from '../../wordpress/block-render-context';
import { imageDeclaration } from './image-declaration';

/**
 * core/image as WordPress 6.1 saves it. The node's own caption, credit and alt text win over the
 * media library's. Throws BlockConversionError for an image not uploaded yet.
 */
export const imageToWordPress: StoryNodeRenderer = {
  placement: 'block',
  render(node, { media }) {
    const { mediaId, altText, caption: ownCaption, credit: ownCredit } = imageDeclaration.read(node);
    const resolved = mediaId ? media(mediaId) : null;
    if (!resolved) {
      throw new BlockConversionError(
        mediaId
          ? `An image in the story (media item ${mediaId}) has not been uploaded to WordPress yet. Upload it, or remove it from the story, and publish again.`
          : 'An image in the story has no media-library item. Choose an image for it, or remove it, and publish again.',
      );
    }
    const alt = altText || resolved.alt;
    const caption = ownCaption || resolved.caption;
    const credit = ownCredit || resolved.credit;
    const figcaption = captionHtml(caption, credit);
    const img = `<img src="${escapeHtmlAttribute(resolved.url)}" alt="${escapeHtmlAttribute(alt)}" class="wp-image-${resolved.remoteId}"/>`;
    const captionElement = figcaption ? `<figcaption class="wp-element-caption">${figcaption}</figcaption>` : '';
    return blockMarkup(
      'core/image',
      { id: resolved.remoteId, sizeSlug: 'large', linkDestination: 'none' },
      `<figure class="wp-block-image size-large">${img}${captionElement}</figure>`,
    );
  },
};

/** WordPress has no credit field: the credit follows the caption on its own line, in italics. */
export function captionHtml(caption: string, credit: string): string {
  const parts: string[] = [];
  if (caption.trim()) parts.push(escapeHtmlText(caption.trim()));
  if (credit.trim()) parts.push(`<em>${escapeHtmlText(credit.trim())}</em>`);
  return parts.join('<br>');
}
