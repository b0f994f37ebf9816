import {
  $applyNodeReplacement,
  type DOMConversionMap,
  type DOMExportOutput,
  type LexicalNode,
  type SerializedLexicalNode,
} from 'lexical';
import { HeadlessDecoratorNode } from './headless-decorator-node';
import { migrateNodeJSON } from './node-version';

export const SEPARATOR_VERSION = 1;

export type SerializedSeparatorNode = SerializedLexicalNode;

/**
 * A section break (WordPress's separator block, an `<hr>` in HTML). Lexical's own
 * HorizontalRuleNode lives in the React package, and the content model must run without
 * React, hence this headless one. The renderer subclasses it with the same type.
 */
export class SeparatorNode extends HeadlessDecoratorNode {
  static override getType(): string {
    return 'separator';
  }

  static override clone(node: SeparatorNode): SeparatorNode {
    return new this(node.__key);
  }

  static override importJSON(json: Record<string, unknown>): SeparatorNode {
    migrateNodeJSON('separator', json, SEPARATOR_VERSION);
    return $createSeparatorNode();
  }

  static override importDOM(): DOMConversionMap | null {
    return { hr: () => ({ conversion: () => ({ node: $createSeparatorNode() }), priority: 0 }) };
  }

  override exportJSON(): SerializedSeparatorNode {
    return { type: 'separator', version: SEPARATOR_VERSION };
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
  return $applyNodeReplacement(new SeparatorNode());
}

export function $isSeparatorNode(node: LexicalNode | null | undefined): node is SeparatorNode {
  return node instanceof SeparatorNode;
}
