import { $create, $getState, $setState, createState, ElementNode, type DOMExportOutput, type EditorConfig, type LexicalNode } from 'lexical';

/** Which WordPress block the text is: core/preformatted, core/code or core/verse. */
export type PreformattedVariant = 'preformatted' | 'code' | 'verse';
/** How the source wrote its line breaks: WordPress 6.1 writes newlines; older posts hold `<br>`. */
export type LineBreakForm = 'newline' | 'br';

export function parsePreformattedVariant(json: unknown): PreformattedVariant {
  return json === 'code' || json === 'verse' ? json : 'preformatted';
}

export function parseLineBreakForm(json: unknown): LineBreakForm {
  return json === 'br' ? 'br' : 'newline';
}

const variantState = createState('variant', { parse: parsePreformattedVariant });
const lineBreaksState = createState('lineBreaks', { parse: parseLineBreakForm });

const CLASS: Record<PreformattedVariant, string> = {
  preformatted: 'pw-pre pw-pre-preformatted',
  code: 'pw-pre pw-pre-code',
  verse: 'pw-pre pw-pre-verse',
};

/**
 * Text whose lines and spacing are the content: preformatted text, code or verse. One element
 * of inline text and line breaks, shown monospace (verse in the body face); `format` is a verse's
 * alignment.
 */
export class PreformattedNode extends ElementNode {
  override $config() {
    return this.config('preformatted', {
      extends: ElementNode,
      stateConfigs: [
        { stateConfig: variantState, flat: true },
        { stateConfig: lineBreaksState, flat: true },
      ],
    });
  }

  getVariant(): PreformattedVariant {
    return $getState(this, variantState);
  }

  setVariant(variant: PreformattedVariant): this {
    return $setState(this, variantState, variant);
  }

  getLineBreaks(): LineBreakForm {
    return $getState(this, lineBreaksState);
  }

  setLineBreaks(form: LineBreakForm): this {
    return $setState(this, lineBreaksState, form);
  }

  override createDOM(_config: EditorConfig): HTMLElement {
    const element = document.createElement('pre');
    element.className = CLASS[this.getVariant()];
    element.spellcheck = this.getVariant() !== 'code';
    return element;
  }

  override updateDOM(prevNode: this, dom: HTMLElement): boolean {
    if (prevNode.getVariant() !== this.getVariant()) {
      dom.className = CLASS[this.getVariant()];
      dom.spellcheck = this.getVariant() !== 'code';
    }
    return false;
  }

  override exportDOM(): DOMExportOutput {
    return { element: document.createElement('pre') };
  }
}

export function $createPreformattedNode(variant: PreformattedVariant = 'preformatted'): PreformattedNode {
  return $create(PreformattedNode).setVariant(variant);
}

export function $isPreformattedNode(node: LexicalNode | null | undefined): node is PreformattedNode {
  return node instanceof PreformattedNode;
}
