import type { parse } from '@wordpress/block-serialization-default-parser';
import type { DomWindow } from '../dom-window';
import type { NodeJSON } from '../nodes/story-node-declaration';

export type ParsedBlock = ReturnType<typeof parse>[number];

/** An image found in a post, for the caller to map to (or import into) the media library. */
export interface RemoteImage {
  /** WordPress attachment id, when the post says which. */
  remoteId: number | null;
  url: string;
  alt: string;
  caption: string;
  credit: string;
}

export interface WordPressImportOptions {
  /**
   * Returns the media-library id for an image in the post, or null to keep it as an external
   * image (shown from its src). Without it, an image with an attachment id refers to
   * `wp-attachment:<id>` and one without is an external image. No image is ever left out.
   */
  media?: (image: RemoteImage) => string | null;
  /** The post's `footnotes` meta (WordPress 6.3+): a JSON list of `{id, content}` its `<sup data-fn>` references point to. */
  footnotesMeta?: string | null;
}

export interface ImportContext {
  window: DomWindow;
  options: WordPressImportOptions;
  footnotes: { texts: Map<string, string>; listBlocks: Set<ParsedBlock>; listElements: boolean };
  /** Each classic `[caption]` shortcode (whole, attributes included), by the number its chunk's mark carries. */
  captions: string[];
}

/**
 * A story node's WordPress parser: the blocks it claims, and in classic (pre-block) content the
 * paragraphs standing alone it recognises (an image, an embeddable URL).
 */
export interface StoryNodeParser {
  claims(blockName: string): boolean;
  fromBlock(block: ParsedBlock, context: ImportContext): NodeJSON[];
  fromClassicChunk?(chunk: string, context: ImportContext): NodeJSON[] | null;
}

/** Runs of whitespace as one space, trimmed: text as a reader sees it. */
export function collapse(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, ' ').trim();
}

// Stands in for a [caption] shortcode until the chunk it sits in is read.
export const CAPTION_MARK = '[presswork-caption ';
