import { $applyNodeReplacement, type DOMConversionMap, type EditorConfig } from 'lexical';
import type { JSX } from 'react';
import { migrateNodeJSON, SEPARATOR_VERSION, SeparatorNode } from '../../../shared/content/nodes';

export class EditorSeparatorNode extends SeparatorNode {
  static override getType(): string {
    return 'separator';
  }

  static override clone(node: EditorSeparatorNode): EditorSeparatorNode {
    return new EditorSeparatorNode(node.__key);
  }

  static override importJSON(json: Record<string, unknown>): EditorSeparatorNode {
    migrateNodeJSON('separator', json, SEPARATOR_VERSION);
    return $createEditorSeparatorNode();
  }

  /** A pasted `<hr>` becomes this class, the one registered in the editor. */
  static override importDOM(): DOMConversionMap | null {
    return { hr: () => ({ conversion: () => ({ node: $createEditorSeparatorNode() }), priority: 0 }) };
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const dom = super.createDOM(config);
    dom.classList.add('pw-decorator');
    return dom;
  }

  override decorate(): JSX.Element {
    return <hr className="separator-rule" aria-label="Separator" />;
  }
}

export function $createEditorSeparatorNode(): EditorSeparatorNode {
  return $applyNodeReplacement(new EditorSeparatorNode());
}
