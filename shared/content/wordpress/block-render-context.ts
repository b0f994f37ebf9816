import type { NodeJSON } from '../nodes/story-node-declaration';
import type { FootnoteFormat } from './footnote-anchors';

/** What publishing knows about a media-library item once it is uploaded to WordPress. */
export interface ResolvedMedia {
  /** The WordPress attachment id. */
  remoteId: number;
  /** URL of the size the story shows (the "large" size). */
  url: string;
  alt: string;
  caption: string;
  credit: string;
}
export type MediaResolver = (mediaId: string) => ResolvedMedia | null;

/** A story that cannot be published as it stands; the message says what to do. */
export class BlockConversionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BlockConversionError';
  }
}

/** What a node's WordPress renderer is given besides its own JSON. */
export interface BlockRenderContext {
  media: MediaResolver;
  /** Footnote texts in the order their references were written. */
  footnotes: string[];
  footnoteFormat: FootnoteFormat;
  /**
   * The post is classic (no block comments): each node writes its HTML (and shortcodes) as
   * the classic editor stores it, e.g. an image as `[caption …]<img …> Caption[/caption]`.
   */
  classicForm?: boolean;
}

/**
 * A story node's WordPress renderer: a top-level node becomes one block (or nothing, when it
 * is empty), an inline node an HTML fragment inside its paragraph's block.
 */
export type StoryNodeRenderer =
  | { placement: 'block'; render: (node: NodeJSON, context: BlockRenderContext) => string | null }
  | { placement: 'inline'; render: (node: NodeJSON, context: BlockRenderContext) => string };
