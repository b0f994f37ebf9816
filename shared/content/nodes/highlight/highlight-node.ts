import {
  $create,
  $getState,
  $setState,
  createState,
  ElementNode,
  type DOMExportOutput,
  type EditorConfig,
  type LexicalNode,
} from 'lexical';
import { isHighlightClass, isHighlightStyle } from './highlight-colors';

const colorStyleState = createState('colorStyle', { parse: (v) => (typeof v === 'string' && isHighlightStyle(v) ? v : '') });
const colorClassState = createState('colorClass', { parse: (v) => (typeof v === 'string' && isHighlightClass(v) ? v : '') });

/**
 * Highlighted or coloured words (WordPress 6.1's Highlight tool, `<mark>`), with the colours the
 * site gave them kept exactly. Inline, around text; `mark` is Lexical's own comment mark, hence
 * the name. Colours outside the highlight grammar read as none.
 */
export class HighlightNode extends ElementNode {
  override $config() {
    return this.config('highlight', {
      extends: ElementNode,
      stateConfigs: [
        { stateConfig: colorStyleState, flat: true },
        { stateConfig: colorClassState, flat: true },
      ],
    });
  }

  getColorStyle(): string {
    return $getState(this, colorStyleState);
  }

  getColorClass(): string {
    return $getState(this, colorClassState);
  }

  setColors(style: string, className: string): this {
    const self = $setState(this, colorStyleState, isHighlightStyle(style) ? style : '');
    return $setState(self, colorClassState, isHighlightClass(className) ? className : '');
  }

  override createDOM(_config: EditorConfig): HTMLElement {
    const element = document.createElement('mark');
    element.className = 'pw-highlight';
    // Checked against the colour grammar: only colours reach the editor's DOM.
    element.setAttribute('style', this.getColorStyle());
    return element;
  }

  override updateDOM(prevNode: this, dom: HTMLElement): boolean {
    if (prevNode.getColorStyle() !== this.getColorStyle()) dom.setAttribute('style', this.getColorStyle());
    return false;
  }

  override exportDOM(): DOMExportOutput {
    return { element: document.createElement('mark') };
  }

  override isInline(): true {
    return true;
  }

  override canBeEmpty(): false {
    return false;
  }

  override canInsertTextBefore(): false {
    return false;
  }

  override canInsertTextAfter(): false {
    return false;
  }
}

export function $createHighlightNode(style = '', className = ''): HighlightNode {
  return $create(HighlightNode).setColors(style, className);
}

export function $isHighlightNode(node: LexicalNode | null | undefined): node is HighlightNode {
  return node instanceof HighlightNode;
}
