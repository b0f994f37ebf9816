import { $isListNode, ListNode } from '@lexical/list';
import { $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $getNearestNodeOfType } from '@lexical/utils';
import { $isRootOrShadowRoot, type RangeSelection } from 'lexical';
import { $findMatchingParent } from '@lexical/utils';
import { $isQuotationNode } from '../../shared/content/nodes/quotation/quotation-node';

export type BlockType = 'paragraph' | 'h2' | 'h3' | 'h4' | 'quote' | 'bullet' | 'number' | 'other';

/** The kind of block the selection's anchor sits in, as the toolbar shows it. */
export function $blockTypeOf(selection: RangeSelection): BlockType {
  const anchor = selection.anchor.getNode();
  if ($findMatchingParent(anchor, $isQuotationNode)) return 'quote';
  const list = $getNearestNodeOfType(anchor, ListNode);
  if ($isListNode(list)) return list.getListType() === 'number' ? 'number' : 'bullet';
  const block =
    anchor.getKey() === 'root'
      ? null
      : $findMatchingParent(anchor, (n) => {
          const parent = n.getParent();
          return parent !== null && $isRootOrShadowRoot(parent);
        });
  if (!block) return 'paragraph';
  if ($isHeadingNode(block)) {
    const tag = block.getTag();
    return tag === 'h2' || tag === 'h3' || tag === 'h4' ? tag : 'other';
  }
  if ($isQuoteNode(block)) return 'quote';
  return block.getType() === 'paragraph' ? 'paragraph' : 'other';
}
