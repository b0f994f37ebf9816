import { embedToWordPress } from '../nodes/embed/embed-to-wordpress';
import { footnoteToWordPress } from '../nodes/footnote/footnote-to-wordpress';
import { imageToWordPress } from '../nodes/image/image-to-wordpress';
import { preservedBlockToWordPress } from '../nodes/preserved-block/preserved-block-to-wordpress';
import { pullQuoteToWordPress } from '../nodes/pull-quote/pull-quote-to-wordpress';
import { separatorToWordPress } from '../nodes/separator/separator-to-wordpress';
import type { StoryNodeRenderer } from './block-render-context';

/** Each Presswork node type's WordPress renderer, from its own folder. */
export const storyNodeRenderers: ReadonlyMap<string, StoryNodeRenderer> = new Map([
  ['pull-quote', pullQuoteToWordPress],
  ['image', imageToWordPress],
  ['embed', embedToWordPress],
  ['separator', separatorToWordPress],
  // Lexical's own rule, from JSON written by its playground or an older editor.
  ['horizontalrule', separatorToWordPress],
  ['footnote', footnoteToWordPress],
  ['preserved-block', preservedBlockToWordPress],
]);
