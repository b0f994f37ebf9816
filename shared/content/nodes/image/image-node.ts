import { $create, type LexicalNode } from 'lexical';
import { storyDecoratorNode } from '../story-decorator-node';
import { imageDeclaration, type ImageFields } from './image-declaration';

const { Base, stateConfigs } = storyDecoratorNode(imageDeclaration);

/**
 * An image in the body (see imageDeclaration for its fields).
 * Headless: `decorate()` returns null; the renderer subclasses it with the same type.
 */
export class ImageNode extends Base {
  override $config() {
    return this.config('image', { extends: Base, stateConfigs });
  }

  override getTextContent(): string {
    return imageDeclaration.readerText(this.getFields());
  }

  protected override host() {
    return { tag: 'figure', className: 'pw-image' };
  }
}

/** The node of the class the editor registers for images (the renderer's, in the app). */
export function $createImageNode(fields: ImageFields): ImageNode {
  return $create(ImageNode).setFields(fields);
}

export function $isImageNode(node: LexicalNode | null | undefined): node is ImageNode {
  return node instanceof ImageNode;
}
