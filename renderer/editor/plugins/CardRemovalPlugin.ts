import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, $isDecoratorNode, COMMAND_PRIORITY_EDITOR } from 'lexical';
import { useEffect } from 'react';
import { $removeBlockKeepingCaret, REMOVE_CARD_COMMAND } from '../block-removal';

/** The cards' Remove buttons act through this command: an ordinary, undoable edit of the body. */
export function CardRemovalPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        REMOVE_CARD_COMMAND,
        (key) => {
          const node = $getNodeByKey(key);
          if (!$isDecoratorNode(node) || node.isInline()) return false;
          $removeBlockKeepingCaret(node);
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    [editor],
  );
  return null;
}
