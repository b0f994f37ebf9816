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

/** Whether the details start open on the site: WordPress's `showContent`, which writes `open`. */
export function parseDetailsOpen(json: unknown): boolean {
  return json === true;
}

const openState = createState('open', { parse: parseDetailsOpen });

/**
 * A details block (WordPress 6.3's core/details, a disclosure): its first child is the
 * DetailsSummaryNode, the line always shown, then the hidden blocks (paragraphs mostly). An
 * element node, not a card: the writer types the summary and the paragraphs in place.
 */
export class DetailsNode extends ElementNode {
  override $config() {
    return this.config('details', { extends: ElementNode, stateConfigs: [{ stateConfig: openState, flat: true }] });
  }

  getOpen(): boolean {
    return $getState(this, openState);
  }

  setOpen(open: boolean): this {
    return $setState(this, openState, open);
  }

  override createDOM(_config: EditorConfig): HTMLElement {
    // Drawn open whatever the setting: the writer edits what is hidden on the site.
    const element = document.createElement('div');
    element.className = 'pw-details';
    return element;
  }

  override updateDOM(): boolean {
    return false;
  }

  override exportDOM(): DOMExportOutput {
    return { element: document.createElement('details') };
  }

  override canBeEmpty(): false {
    return false;
  }

  override isShadowRoot(): boolean {
    return false;
  }

  getSummary(): DetailsSummaryNode | null {
    const first = this.getFirstChild();
    return $isDetailsSummaryNode(first) ? first : null;
  }
}

/**
 * A details block's summary: one line of inline text typed in place. Enter goes to the hidden
 * part's first paragraph (made when there is none), as in WordPress's editor.
 */
export class DetailsSummaryNode extends ElementNode {
  override $config() {
    return this.config('details-summary', { extends: ElementNode });
  }

  override createDOM(_config: EditorConfig): HTMLElement {
    const element = document.createElement('div');
    element.className = 'pw-details-summary';
    return element;
  }

  override updateDOM(): boolean {
    return false;
  }

  override exportDOM(): DOMExportOutput {
    return { element: document.createElement('summary') };
  }

  override canBeEmpty(): boolean {
    return true;
  }

  override insertNewAfter(_selection: RangeSelection, restoreSelection = true): LexicalNode {
    const next = this.getNextSibling();
    if (next instanceof ElementNode && next.isEmpty()) return next;
    const paragraph = $createParagraphNode();
    this.insertAfter(paragraph, restoreSelection);
    return paragraph;
  }

  // Backspace at the summary's start leaves it as it is: the summary is part of the block.
  override collapseAtStart(): boolean {
    return true;
  }
}

export function $createDetailsNode(open = false): DetailsNode {
  return $create(DetailsNode).setOpen(open);
}

export function $isDetailsNode(node: LexicalNode | null | undefined): node is DetailsNode {
  return node instanceof DetailsNode;
}

export function $createDetailsSummaryNode(): DetailsSummaryNode {
  return $create(DetailsSummaryNode);
}

export function $isDetailsSummaryNode(node: LexicalNode | null | undefined): node is DetailsSummaryNode {
  return node instanceof DetailsSummaryNode;
}
