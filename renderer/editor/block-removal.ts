import { $createParagraphNode, $isElementNode, type LexicalNode } from 'lexical';

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
