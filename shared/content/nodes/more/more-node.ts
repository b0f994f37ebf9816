import { $create, type LexicalNode } from 'lexical';
import { storyDecoratorNode } from '../story-decorator-node';
import { moreDeclaration } from './more-declaration';

const { Base, stateConfigs } = storyDecoratorNode(moreDeclaration);

/** A "more" break (see moreDeclaration). Headless; the renderer subclasses it with the same type. */
export class MoreNode extends Base {
  override $config() {
    return this.config('more', { extends: Base, stateConfigs });
  }

  // A break, not words: nothing to count or search.
  override getTextContent(): string {
    return '\n';
  }

  protected override host() {
    return { tag: 'div', className: 'pw-more' };
  }
}

export function $createMoreNode(customText = '', noTeaser = false): MoreNode {
  return $create(MoreNode).setFields({ customText, noTeaser });
}

export function $isMoreNode(node: LexicalNode | null | undefined): node is MoreNode {
  return node instanceof MoreNode;
}
