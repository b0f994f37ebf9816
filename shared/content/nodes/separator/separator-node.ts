import { $create, type DOMConversionMap, type DOMExportOutput, type LexicalNode } from 'lexical';
import { storyDecoratorNode } from '../story-decorator-node';
import { separatorDeclaration } from './separator-declaration';

const { Base, stateConfigs } = storyDecoratorNode(separatorDeclaration);

/**
 * A section break. Lexical's own HorizontalRuleNode lives in the React package, and the content
 * model must run without React, hence this headless one. The renderer subclasses it with the
 * same type.
 */
export class SeparatorNode extends Base {
  override $config() {
    return this.config('separator', { extends: Base, stateConfigs });
  }

  /** A pasted `<hr>` becomes a separator of the class the editor registers. */
  static override importDOM(): DOMConversionMap | null {
    return { hr: () => ({ conversion: () => ({ node: $createSeparatorNode() }), priority: 0 }) };
  }

  override exportDOM(): DOMExportOutput {
    return { element: document.createElement('hr') };
  }

  override getTextContent(): string {
    return '\n';
  }

  protected override host() {
    return { tag: 'div', className: 'pw-separator' };
  }
}

export function $createSeparatorNode(): SeparatorNode {
  return $create(SeparatorNode);
}

export function $isSeparatorNode(node: LexicalNode | null | undefined): node is SeparatorNode {
  return node instanceof SeparatorNode;
}
