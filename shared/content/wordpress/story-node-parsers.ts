import { embedFromWordPress } from '../nodes/embed/embed-from-wordpress';
import { galleryFromWordPress } from '../nodes/gallery/gallery-from-wordpress';
import { imageFromWordPress } from '../nodes/image/image-from-wordpress';
import { moreFromWordPress } from '../nodes/more/more-from-wordpress';
import { pageBreakFromWordPress } from '../nodes/page-break/page-break-from-wordpress';
import { pullQuoteFromWordPress } from '../nodes/pull-quote/pull-quote-from-wordpress';
import { separatorFromWordPress } from '../nodes/separator/separator-from-wordpress';
import type { StoryNodeParser } from './block-import-context';

/**
 * The Presswork nodes' WordPress parsers, from their own folders, in the order classic content
 * is tried (a `[caption]` image before a bare URL). Footnotes are read with the text around them.
 */
export const storyNodeParsers: readonly StoryNodeParser[] = [
  imageFromWordPress,
  galleryFromWordPress,
  embedFromWordPress,
  pullQuoteFromWordPress,
  separatorFromWordPress,
  moreFromWordPress,
  pageBreakFromWordPress,
];

export function parserClaiming(blockName: string): StoryNodeParser | undefined {
  return storyNodeParsers.find((parser) => parser.claims(blockName));
}
