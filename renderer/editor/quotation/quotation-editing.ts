import { $createParagraphNode, $isElementNode, $isParagraphNode, $isRootOrShadowRoot, type ElementNode, type LexicalNode, type RangeSelection } from 'lexical';
import { $findMatchingParent } from '@lexical/utils';
import {
  $createQuotationNode,
  $createQuoteCitationNode,
  $isQuotationNode,
  $isQuoteCitationNode,
  type QuotationNode,
} from '../../../shared/content/nodes/quotation/quotation-node';

/** The quotation the selection's anchor is in, if any. */
export function $quotationOf(selection: RangeSelection): QuotationNode | null {
  const found = $findMatchingParent(selection.anchor.getNode(), $isQuotationNode);
  return $isQuotationNode(found) ? found : null;
}

/** The block directly inside a quotation that holds `node` (a paragraph, the citation…). */
function $quoteChildOf(node: LexicalNode, quote: QuotationNode): LexicalNode | null {
  const found = $findMatchingParent(node, (n) => n.getParent()?.is(quote) === true);
  return found;
}

/** The top-level blocks the selection touches, in order. */
function $selectedTopBlocks(selection: RangeSelection): LexicalNode[] {
  const blocks: LexicalNode[] = [];
  for (const node of selection.getNodes()) {
    const top = $findMatchingParent(node, (n) => {
      const parent = n.getParent();
      return parent !== null && $isRootOrShadowRoot(parent);
    });
    if (top && !blocks.some((b) => b.is(top))) blocks.push(top);
  }
  return blocks;
}

/**
 * The Quote button: the selected paragraphs become one quotation with an empty citation to type
 * in; in a quotation, its paragraphs (and the citation's words) come back out as plain paragraphs.
 */
export function $toggleQuotation(selection: RangeSelection): void {
  const quote = $quotationOf(selection);
  if (quote) {
    $unwrapQuotation(quote);
    return;
  }
  const blocks = $selectedTopBlocks(selection).filter((b) => $isElementNode(b) && !b.isInline() && ['paragraph', 'heading', 'list', 'quote'].includes(b.getType()));
  const first = blocks[0];
  if (!first) return;
  const created = $createQuotationNode();
  first.insertBefore(created);
  for (const block of blocks) {
    if (block.getType() === 'quote' && $isElementNode(block)) {
      // Lexical's single-run quote becomes a paragraph of the new quotation.
      const paragraph = $createParagraphNode();
      paragraph.append(...block.getChildren());
      block.remove();
      created.append(paragraph);
    } else created.append(block);
  }
  created.append($createQuoteCitationNode());
}

/** Puts a quotation's blocks back in the story where it stood; a citation with words becomes a paragraph. */
export function $unwrapQuotation(quote: QuotationNode): void {
  let anchor: LexicalNode = quote;
  for (const child of quote.getChildren()) {
    let block: LexicalNode = child;
    if ($isQuoteCitationNode(child)) {
      if (child.getTextContentSize() === 0) {
        child.remove();
        continue;
      }
      const paragraph = $createParagraphNode();
      paragraph.append(...child.getChildren());
      child.remove();
      block = paragraph;
    }
    anchor.insertAfter(block);
    anchor = block;
  }
  const first = quote.getNextSibling();
  quote.remove();
  if ($isElementNode(first)) first.selectStart();
}

function $isEmptyParagraph(node: LexicalNode | null): node is ElementNode {
  return $isParagraphNode(node) && node.getChildrenSize() === 0;
}

/**
 * Enter on an empty last paragraph of a quotation leaves it: the empty line moves out after the
 * quote (its citation stays with it). Returns whether it did.
 */
export function $leaveQuotationOnEnter(selection: RangeSelection): boolean {
  if (!selection.isCollapsed()) return false;
  const quote = $quotationOf(selection);
  if (!quote) return false;
  const line = $quoteChildOf(selection.anchor.getNode(), quote);
  if (!$isEmptyParagraph(line)) return false;
  const next = line.getNextSibling();
  if (next !== null && !$isQuoteCitationNode(next)) return false;
  const blocksLeft = quote.getChildren().filter((c) => !$isQuoteCitationNode(c) && !c.is(line));
  const citation = quote.getCitation();
  quote.insertAfter(line);
  if (blocksLeft.length === 0 && (!citation || citation.getTextContentSize() === 0)) quote.remove();
  else if (blocksLeft.length === 0) quote.splice(0, 0, [$createParagraphNode()]);
  line.selectStart();
  return true;
}

/**
 * Backspace at the very start of a quotation's first paragraph takes that paragraph out, before
 * the quote; a quote left without words goes. Returns whether it did.
 */
export function $leaveQuotationOnBackspace(selection: RangeSelection): boolean {
  if (!selection.isCollapsed() || selection.anchor.offset !== 0) return false;
  const quote = $quotationOf(selection);
  if (!quote) return false;
  const line = $quoteChildOf(selection.anchor.getNode(), quote);
  if (!line || $isQuoteCitationNode(line) || !line.is(quote.getFirstChild())) return false;
  const anchorNode = selection.anchor.getNode();
  // Only at the start of the line's first text, not after a word in it.
  if (!anchorNode.is(line) && anchorNode.getPreviousSibling() !== null) return false;
  if (!anchorNode.is(line) && !anchorNode.getParent()?.is(line)) return false;
  quote.insertBefore(line);
  const rest = quote.getChildren();
  const citation = quote.getCitation();
  if (rest.every($isQuoteCitationNode) && (!citation || citation.getTextContentSize() === 0)) quote.remove();
  else if (rest.every($isQuoteCitationNode)) quote.splice(0, 0, [$createParagraphNode()]);
  if ($isElementNode(line)) line.selectStart();
  return true;
}

/**
 * Keeps a quotation well formed after any edit: at least one block, one citation at most and
 * only at the end, a citation holding inline content only.
 */
export function $normalizeQuotation(quote: QuotationNode): void {
  const citations = quote.getChildren().filter($isQuoteCitationNode);
  const [keep, ...extra] = citations;
  for (const other of extra) {
    keep?.append(...other.getChildren());
    other.remove();
  }
  if (keep && !keep.is(quote.getLastChild())) quote.append(keep);
  if (quote.getChildren().every($isQuoteCitationNode)) quote.splice(0, 0, [$createParagraphNode()]);
}
