import type { StoryNodeRenderer } from '../../wordpress/block-render-context';
import { footnoteAnchor, footnoteReferenceAnchor } from '../../wordpress/footnote-anchors';
import { footnoteDeclaration } from './footnote-declaration';

/**
 * The numbered reference; its note is collected for the list (or the footnotes meta) the post
 * ends with, since WordPress 6.1 has no footnotes block.
 */
export const footnoteToWordPress: StoryNodeRenderer = {
  placement: 'inline',
  render(node, context) {
    context.footnotes.push(footnoteDeclaration.read(node).note);
    const n = context.footnotes.length;
    if (context.footnoteFormat === 'core') {
      return `<sup data-fn="${footnoteAnchor(n)}" class="fn"><a href="#${footnoteAnchor(n)}" id="${footnoteReferenceAnchor(n)}">${n}</a></sup>`;
    }
    return `<sup><a href="#${footnoteAnchor(n)}" id="${footnoteReferenceAnchor(n)}">${n}</a></sup>`;
  },
};
