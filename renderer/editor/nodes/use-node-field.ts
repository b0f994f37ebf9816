import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, type LexicalNode, type NodeKey } from 'lexical';
import { useEffect, useState } from 'react';
import { REMOVE_CARD_COMMAND } from '../block-removal';

/**
 * A card field bound to its node: local state so the caret never jumps while typing, written to
 * the node on every change (so autosave and undo see it), and refreshed when undo changes the node.
 */
export function useNodeField<T extends LexicalNode>(
  nodeKey: NodeKey,
  value: string,
  isNode: (node: LexicalNode | null) => node is T,
  write: (node: T, value: string) => void,
): [string, (next: string) => void] {
  const [editor] = useLexicalComposerContext();
  const [local, setLocal] = useState(value);
  useEffect(() => setLocal(value), [value]);
  const set = (next: string) => {
    setLocal(next);
    editor.update(() => {
      const node = $getNodeByKey(nodeKey);
      if (isNode(node)) write(node, next);
    });
  };
  return [local, set];
}

/** Removes a card's node from the body, undoably, and puts the writer back in the text where it stood. */
export function useRemoveNode(nodeKey: NodeKey): () => void {
  const [editor] = useLexicalComposerContext();
  return () => {
    editor.dispatchCommand(REMOVE_CARD_COMMAND, nodeKey);
    editor.focus();
  };
}
