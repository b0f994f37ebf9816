import { $create, type LexicalNode } from 'lexical';
import { storyDecoratorNode } from '../story-decorator-node';
import { galleryDeclaration, type GalleryFields } from './gallery-declaration';

const { Base, stateConfigs } = storyDecoratorNode(galleryDeclaration);

/**
 * A gallery in the body (see galleryDeclaration for its fields).
 * Headless: `decorate()` returns null; the renderer subclasses it with the same type.
 */
export class GalleryNode extends Base {
  override $config() {
    return this.config('gallery', { extends: Base, stateConfigs });
  }

  override getTextContent(): string {
    return galleryDeclaration.readerText(this.getFields());
  }

  protected override host() {
    return { tag: 'figure', className: 'pw-gallery' };
  }
}

/** The node of the class the editor registers for galleries (the renderer's, in the app). */
export function $createGalleryNode(fields: GalleryFields): GalleryNode {
  return $create(GalleryNode).setFields(fields);
}

export function $isGalleryNode(node: LexicalNode | null | undefined): node is GalleryNode {
  return node instanceof GalleryNode;
}
