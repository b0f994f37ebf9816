import { $getNodeByKey, $isDecoratorNode, createCommand, type NodeKey } from 'lexical';

/** Moves a card (a top-level decorator block) one block up or down, as one undoable step. */
export const MOVE_CARD_COMMAND = createCommand<{ key: NodeKey; direction: 'up' | 'down' }>('MOVE_CARD_COMMAND');

/** Swaps a top-level card with its neighbour in `direction`; false when there is none. */
export function $moveCard(key: NodeKey, direction: 'up' | 'down'): boolean {
  const node = $getNodeByKey(key);
  if (!$isDecoratorNode(node) || node.isInline()) return false;
  const neighbour = direction === 'up' ? node.getPreviousSibling() : node.getNextSibling();
  if (!neighbour) return false;
  if (direction === 'up') neighbour.insertBefore(node);
  else neighbour.insertAfter(node);
  node.selectNext(0, 0);
  return true;
}
