import { $create, type LexicalNode } from 'lexical';
import { storyDecoratorNode } from '../story-decorator-node';
import { pullQuoteDeclaration } from './pull-quote-declaration';

const { Base, stateConfigs } = storyDecoratorNode(pullQuoteDeclaration);

/**
 * A pull quote (see pullQuoteDeclaration). Headless: `decorate()` returns null; the renderer
 * subclasses it with the same type to draw the editable card.
 */
export class PullQuoteNode extends Base {
  override $config() {
    return this.config('pull-quote', { extends: Base, stateConfigs });
  }

  override getTextContent(): string {
    return pullQuoteDeclaration.readerText(this.getFields());
  }

  protected override host() {
    return { tag: 'figure', className: 'pw-pull-quote' };
  }
}

export function $createPullQuoteNode(text = '', citation = ''): PullQuoteNode {
  return $create(PullQuoteNode).setFields({ text, citation });
}

export function $isPullQuoteNode(node: LexicalNode | null | undefined): node is PullQuoteNode {
  return node instanceof PullQuoteNode;
}
