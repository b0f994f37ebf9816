import { $createParagraphNode, $isElementNode, createCommand, type LexicalNode, type NodeKey } from 'lexical';

/**
 * Removes a card (pull quote, image, embed) from the body as one step of the undo history, so
 * Ctrl/Cmd+Z brings it back with its words; the caret goes where the card stood.
 */
export const REMOVE_CARD_COMMAND = createCommand<NodeKey>('REMOVE_CARD_COMMAND');

/**
 * Removes a top-level block and leaves the caret where it stood: at the start of the text after it,
 * else at the end of the text before it, else in a new empty paragraph (a body is never left
 * without a place to type).
 */
export function $removeBlockKeepingCaret(node: LexicalNode): void {
  const next = node.getNextSibling();
  const previous = node.getPreviousSibling();
  if ($isElementNode(next)) next.selectStart();
  else if ($isElementNode(previous)) previous.selectEnd();
  else {
    const paragraph = $createParagraphNode();
    node.insertAfter(paragraph);
    paragraph.selectStart();
  }
  node.remove();
}
