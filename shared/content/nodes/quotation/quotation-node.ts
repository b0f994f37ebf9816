import {
  $create,
  $createParagraphNode,
  $getState,
  $setState,
  createState,
  ElementNode,
  type DOMExportOutput,
  type EditorConfig,
  type LexicalNode,
  type RangeSelection,
} from 'lexical';

/**
 * How a quote's paragraphs are written: `blocks` as WordPress 6.0+ saves core/quote (a paragraph
 * block each inside the blockquote), `html` as older sites saved it (bare `<p>`s), kept so a
 * pulled quote goes back as it came.
 */
export type QuotationForm = 'blocks' | 'html';

export function parseQuotationForm(json: unknown): QuotationForm {
  return json === 'html' ? 'html' : 'blocks';
}

const formState = createState('form', { parse: parseQuotationForm });

/**
 * A quotation (WordPress's core/quote): block children, paragraphs mostly, and at the end at
 * most one QuoteCitationNode, the `<cite>` under the words. Lexical's QuoteNode holds a single
 * run of text, which cannot keep several paragraphs or a separate citation. The element's
 * `format` is the quote's alignment.
 */
export class QuotationNode extends ElementNode {
  override $config() {
    return this.config('quotation', { extends: ElementNode, stateConfigs: [{ stateConfig: formState, flat: true }] });
  }

  getForm(): QuotationForm {
    return $getState(this, formState);
  }

  setForm(form: QuotationForm): this {
    return $setState(this, formState, form);
  }

  override createDOM(_config: EditorConfig): HTMLElement {
    const element = document.createElement('blockquote');
    element.className = 'pw-quotation';
    return element;
  }

  override updateDOM(): boolean {
    return false;
  }

  override exportDOM(): DOMExportOutput {
    return { element: document.createElement('blockquote') };
  }

  override canBeEmpty(): false {
    return false;
  }

  override isShadowRoot(): boolean {
    return false;
  }

  /** The citation, when the quote has one. */
  getCitation(): QuoteCitationNode | null {
    const last = this.getLastChild();
    return $isQuoteCitationNode(last) ? last : null;
  }
}

/**
 * A quotation's citation: inline text typed in place under the quote. Enter leaves the quote for
 * a new paragraph after it; Backspace at its start goes back to the quote's last paragraph.
 */
export class QuoteCitationNode extends ElementNode {
  override $config() {
    return this.config('quote-citation', { extends: ElementNode });
  }

  override createDOM(_config: EditorConfig): HTMLElement {
    const element = document.createElement('cite');
    element.className = 'pw-quote-citation';
    return element;
  }

  override updateDOM(): boolean {
    return false;
  }

  override exportDOM(): DOMExportOutput {
    return { element: document.createElement('cite') };
  }

  override canBeEmpty(): boolean {
    return true;
  }

  override insertNewAfter(_selection: RangeSelection, restoreSelection = true): LexicalNode {
    const paragraph = $createParagraphNode();
    const quote = this.getParent();
    (quote ?? this).insertAfter(paragraph, restoreSelection);
    return paragraph;
  }

  override collapseAtStart(): boolean {
    const previous = this.getPreviousSibling();
    if (this.isEmpty()) this.remove();
    if (previous instanceof ElementNode) previous.selectEnd();
    return true;
  }
}

export function $createQuotationNode(form: QuotationForm = 'blocks'): QuotationNode {
  return $create(QuotationNode).setForm(form);
}

export function $isQuotationNode(node: LexicalNode | null | undefined): node is QuotationNode {
  return node instanceof QuotationNode;
}

export function $createQuoteCitationNode(): QuoteCitationNode {
  return $create(QuoteCitationNode);
}

export function $isQuoteCitationNode(node: LexicalNode | null | undefined): node is QuoteCitationNode {
  return node instanceof QuoteCitationNode;
}
