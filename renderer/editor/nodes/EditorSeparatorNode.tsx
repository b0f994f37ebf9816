import { $create, type EditorConfig } from 'lexical';
import type { JSX } from 'react';
import { SeparatorNode } from '../../../shared/content/nodes';

/** The separator as the editor draws it; a pasted `<hr>` becomes this class through the content model's importDOM. */
export class EditorSeparatorNode extends SeparatorNode {
  override $config() {
    return this.config('separator', { extends: SeparatorNode });
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
  return $create(EditorSeparatorNode);
}
