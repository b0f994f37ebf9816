import { $create, type LexicalNode } from 'lexical';
import { storyDecoratorNode } from '../story-decorator-node';
import { pageBreakDeclaration } from './page-break-declaration';

const { Base, stateConfigs } = storyDecoratorNode(pageBreakDeclaration);

/** A page break. Headless; the renderer subclasses it with the same type. */
export class PageBreakNode extends Base {
  override $config() {
    return this.config('page-break', { extends: Base, stateConfigs });
  }

  override getTextContent(): string {
    return '\n';
  }

  protected override host() {
    return { tag: 'div', className: 'pw-page-break' };
  }
}

export function $createPageBreakNode(): PageBreakNode {
  return $create(PageBreakNode);
}

export function $isPageBreakNode(node: LexicalNode | null | undefined): node is PageBreakNode {
  return node instanceof PageBreakNode;
}
