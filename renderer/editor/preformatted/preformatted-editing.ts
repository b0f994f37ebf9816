import { $setBlocksType } from '@lexical/selection';
import { $findMatchingParent } from '@lexical/utils';
import { $createParagraphNode, $isLineBreakNode, $isTextNode, type RangeSelection } from 'lexical';
import {
  $createPreformattedNode,
  $isPreformattedNode,
  type PreformattedNode,
  type PreformattedVariant,
} from '../../../shared/content/nodes/preformatted/preformatted-node';

export function $preformattedOf(selection: RangeSelection): PreformattedNode | null {
  const found = $findMatchingParent(selection.anchor.getNode(), $isPreformattedNode);
  return $isPreformattedNode(found) ? found : null;
}

/** Turns the selected blocks into preformatted text of `variant`, or back into paragraphs when they already are. */
export function $togglePreformatted(selection: RangeSelection, variant: PreformattedVariant): void {
  const current = $preformattedOf(selection);
  if (current && current.getVariant() === variant) $setBlocksType(selection, () => $createParagraphNode());
  else if (current) current.setVariant(variant);
  else $setBlocksType(selection, () => $createPreformattedNode(variant));
}

/** Whether the caret sits at the very end of `node`, after a line break: an empty last line. */
function $onEmptyLastLine(selection: RangeSelection, node: PreformattedNode): boolean {
  if (!selection.isCollapsed()) return false;
  const last = node.getLastChild();
  if (!$isLineBreakNode(last)) return false;
  const anchor = selection.anchor;
  if (anchor.getNode().is(node)) return anchor.offset === node.getChildrenSize();
  const at = anchor.getNode();
  return $isTextNode(at) && at.getTextContentSize() === 0 && at.getPreviousSibling()?.is(last) === true;
}

/**
 * Enter in preformatted text: a new line in it, or, on an empty last line (or with Shift), a new
 * paragraph after it. Returns false when the caret is not in preformatted text.
 */
export function $enterInPreformatted(selection: RangeSelection, shift: boolean): boolean {
  const node = $preformattedOf(selection);
  if (!node) return false;
  if (shift || $onEmptyLastLine(selection, node)) {
    const last = node.getLastChild();
    if (!shift && $isLineBreakNode(last)) last.remove();
    const paragraph = $createParagraphNode();
    node.insertAfter(paragraph);
    paragraph.select();
    return true;
  }
  selection.insertLineBreak();
  return true;
}
