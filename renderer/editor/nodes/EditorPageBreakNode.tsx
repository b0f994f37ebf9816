import { $create, type EditorConfig } from 'lexical';
import type { JSX } from 'react';
import { PageBreakNode } from '../../../shared/content/nodes';

/** The page break as the editor draws it: a labelled dashed rule. */
export class EditorPageBreakNode extends PageBreakNode {
  override $config() {
    return this.config('page-break', { extends: PageBreakNode });
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const dom = super.createDOM(config);
    dom.classList.add('pw-decorator');
    return dom;
  }

  override decorate(): JSX.Element {
    return (
      <div className="break-card" role="group" aria-label="Page break">
        <span className="break-card-label">Page break</span>
      </div>
    );
  }
}

export function $createEditorPageBreakNode(): EditorPageBreakNode {
  return $create(EditorPageBreakNode);
}
