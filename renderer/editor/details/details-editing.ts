import { $findMatchingParent, $insertNodeToNearestRoot } from '@lexical/utils';
import {
  $createParagraphNode,
  $getPreviousSelection,
  $getSelection,
  $isParagraphNode,
  $isRangeSelection,
  $isRootNode,
  $setState,
  createState,
  type ElementNode,
  type LexicalNode,
  type RangeSelection,
} from 'lexical';
import {
  $createDetailsNode,
  $createDetailsSummaryNode,
  $isDetailsNode,
  $isDetailsSummaryNode,
  type DetailsNode,
  type DetailsSummaryNode,
} from '../../../shared/content/nodes/details/details-node';

/** What WordPress's details template puts in its first paragraph, kept so the block saves as WordPress's would. */
export const DETAILS_PARAGRAPH_PLACEHOLDER = 'Type / to add a hidden block';
const placeholderState = createState('placeholder', { parse: (v) => (typeof v === 'string' ? v : '') });

/** The details block the selection's anchor is in, if any. */
export function $detailsOf(selection: RangeSelection): DetailsNode | null {
  const found = $findMatchingParent(selection.anchor.getNode(), $isDetailsNode);
  return $isDetailsNode(found) ? found : null;
}

/**
 * Inserts a details block at the caret, as WordPress's inserter makes one (a summary, then one
 * paragraph with the template's placeholder), the caret in the summary. An empty line at the
 * caret is replaced; a details block is never put inside another.
 */
export function $insertDetails(): DetailsNode {
  const selection = $getSelection() ?? $getPreviousSelection();
  const details = $createDetailsNode();
  const hidden = $createParagraphNode();
  $setState(hidden, placeholderState, DETAILS_PARAGRAPH_PLACEHOLDER);
  const summary = $createDetailsSummaryNode();
  details.append(summary, hidden);
  const anchor = $isRangeSelection(selection) ? selection.anchor.getNode() : null;
  const block = anchor?.getTopLevelElement() ?? null;
  if ($isParagraphNode(block) && block.isEmpty()) block.replace(details);
  else if (block !== null) block.insertAfter(details);
  else $insertNodeToNearestRoot(details);
  if (details.getNextSibling() === null && $isRootNode(details.getParent())) details.insertAfter($createParagraphNode());
  summary.select();
  return details;
}

function $isEmptyParagraph(node: LexicalNode | null): node is ElementNode {
  return $isParagraphNode(node) && node.getChildrenSize() === 0;
}

/** The block directly inside the details block that holds `node`. */
function $detailsChildOf(node: LexicalNode, details: DetailsNode): LexicalNode | null {
  return $findMatchingParent(node, (n) => n.getParent()?.is(details) === true);
}

/**
 * Enter on an empty last paragraph of a details block leaves it, as in WordPress's editor: the
 * empty line moves out after the block, unless it is the block's only hidden paragraph.
 */
export function $leaveDetailsOnEnter(selection: RangeSelection): boolean {
  if (!selection.isCollapsed()) return false;
  const details = $detailsOf(selection);
  if (!details) return false;
  const line = $detailsChildOf(selection.anchor.getNode(), details);
  if (!$isEmptyParagraph(line) || line.getNextSibling() !== null) return false;
  const others = details.getChildren().filter((c) => !$isDetailsSummaryNode(c) && !c.is(line));
  if (others.length === 0) return false;
  details.insertAfter(line);
  line.selectStart();
  return true;
}

/** Keeps a details block well formed after any edit: one summary, first; at least one hidden block after it. */
export function $normalizeDetails(details: DetailsNode): void {
  const summaries = details.getChildren().filter($isDetailsSummaryNode);
  const [first, ...extra] = summaries;
  let summary = first;
  for (const other of extra) {
    summary?.append(...other.getChildren());
    other.remove();
  }
  if (!summary) summary = $createDetailsSummaryNode();
  if (!summary.is(details.getFirstChild())) details.splice(0, 0, [summary]);
  if (details.getChildrenSize() === 1) details.append($createParagraphNode());
}

/** A summary found outside a details block (pasted, moved) becomes a paragraph with its words. */
export function $normalizeDetailsSummary(summary: DetailsSummaryNode): void {
  if ($isDetailsNode(summary.getParent())) return;
  summary.replace($createParagraphNode(), true);
}
