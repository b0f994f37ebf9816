import { $create, type LexicalNode } from 'lexical';
import { storyDecoratorNode } from '../story-decorator-node';
import { preservedBlockDeclaration } from './preserved-block-declaration';

const { Base, stateConfigs } = storyDecoratorNode(preservedBlockDeclaration);

/**
 * A block kept as the site has it (see preservedBlockDeclaration). Headless; the renderer
 * subclasses it with the same type to draw the card with its sanitized preview.
 */
export class PreservedBlockNode extends Base {
  override $config() {
    return this.config('preserved-block', { extends: Base, stateConfigs });
  }

  override getTextContent(): string {
    return preservedBlockDeclaration.readerText(this.getFields());
  }

  protected override host() {
    return { tag: 'div', className: 'pw-preserved-block' };
  }
}

export function $createPreservedBlockNode(fields: { blockName: string | null; markup: string; label: string; text: string }): PreservedBlockNode {
  return $create(PreservedBlockNode).setFields(fields);
}

export function $isPreservedBlockNode(node: LexicalNode | null | undefined): node is PreservedBlockNode {
  return node instanceof PreservedBlockNode;
}
