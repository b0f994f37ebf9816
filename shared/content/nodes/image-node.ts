import {
  $applyNodeReplacement,
  type LexicalNode,
  type NodeKey,
  type SerializedLexicalNode,
  type Spread,
} from 'lexical';
import { HeadlessDecoratorNode } from './headless-decorator-node';
import { migrateNodeJSON, stringField } from './node-version';

export const IMAGE_VERSION = 1;

export type SerializedImageNode = Spread<
  { mediaId: string; caption: string; credit: string; altText: string },
  SerializedLexicalNode
>;

export interface ImageFields {
  /** Id of the media-library item; the pixels live there, never in the story JSON. */
  mediaId: string;
  caption?: string;
  credit?: string;
  altText?: string;
}

/**
 * An image in the body. It references a media-library item by id and carries only the
 * story-specific words around it (caption, credit, alt text): no URL, path or base64, so a
 * story stays small and the image is resolved wherever the story is rendered or published.
 * Headless: `decorate()` returns null; the renderer subclasses it with the same type.
 */
export class ImageNode extends HeadlessDecoratorNode {
  __mediaId: string;
  __caption: string;
  __credit: string;
  __altText: string;

  static override getType(): string {
    return 'image';
  }

  static override clone(node: ImageNode): ImageNode {
    return new this(
      { mediaId: node.__mediaId, caption: node.__caption, credit: node.__credit, altText: node.__altText },
      node.__key,
    );
  }

  constructor(fields: ImageFields = { mediaId: '' }, key?: NodeKey) {
    super(key);
    this.__mediaId = fields.mediaId;
    this.__caption = fields.caption ?? '';
    this.__credit = fields.credit ?? '';
    this.__altText = fields.altText ?? '';
  }

  static override importJSON(json: Record<string, unknown>): ImageNode {
    const current = migrateNodeJSON('image', json, IMAGE_VERSION);
    return $createImageNode({
      mediaId: stringField(current, 'mediaId'),
      caption: stringField(current, 'caption'),
      credit: stringField(current, 'credit'),
      altText: stringField(current, 'altText'),
    });
  }

  override exportJSON(): SerializedImageNode {
    const self = this.getLatest();
    return {
      type: 'image',
      version: IMAGE_VERSION,
      mediaId: self.__mediaId,
      caption: self.__caption,
      credit: self.__credit,
      altText: self.__altText,
    };
  }

  getMediaId(): string {
    return this.getLatest().__mediaId;
  }

  setMediaId(mediaId: string): this {
    const writable = this.getWritable();
    writable.__mediaId = mediaId;
    return writable;
  }

  getCaption(): string {
    return this.getLatest().__caption;
  }

  setCaption(caption: string): this {
    const writable = this.getWritable();
    writable.__caption = caption;
    return writable;
  }

  getCredit(): string {
    return this.getLatest().__credit;
  }

  setCredit(credit: string): this {
    const writable = this.getWritable();
    writable.__credit = credit;
    return writable;
  }

  getAltText(): string {
    return this.getLatest().__altText;
  }

  setAltText(altText: string): this {
    const writable = this.getWritable();
    writable.__altText = altText;
    return writable;
  }

  override getTextContent(): string {
    return this.getLatest().__caption;
  }

  protected override host() {
    return { tag: 'figure', className: 'pw-image' };
  }
}

export function $createImageNode(fields: ImageFields): ImageNode {
  return $applyNodeReplacement(new ImageNode(fields));
}

export function $isImageNode(node: LexicalNode | null | undefined): node is ImageNode {
  return node instanceof ImageNode;
}
