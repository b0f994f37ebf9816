import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $getSelection, $isNodeSelection, COMMAND_PRIORITY_EDITOR, COMMAND_PRIORITY_HIGH, KEY_ARROW_DOWN_COMMAND, KEY_ARROW_UP_COMMAND } from 'lexical';
import { useEffect } from 'react';
import { $moveCard, MOVE_CARD_COMMAND } from '../card-move';

/**
 * Cards move through MOVE_CARD_COMMAND: their ↑ ↓ buttons, and Alt+Shift+↑/↓ while a card is
 * selected (as in WordPress's editor, which moves blocks with Ctrl+Alt+Shift+T/Y).
 */
export function CardMovePlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const byKeyboard = (direction: 'up' | 'down') => (event: KeyboardEvent | null) => {
      if (!event?.altKey || !event.shiftKey) return false;
      const selection = $getSelection();
      if (!$isNodeSelection(selection)) return false;
      const [node] = selection.getNodes();
      if (!node || selection.getNodes().length !== 1) return false;
      if (!$moveCard(node.getKey(), direction)) return false;
      event.preventDefault();
      return true;
    };
    return mergeRegister(
      editor.registerCommand(MOVE_CARD_COMMAND, ({ key, direction }) => $moveCard(key, direction), COMMAND_PRIORITY_EDITOR),
      editor.registerCommand(KEY_ARROW_UP_COMMAND, byKeyboard('up'), COMMAND_PRIORITY_HIGH),
      editor.registerCommand(KEY_ARROW_DOWN_COMMAND, byKeyboard('down'), COMMAND_PRIORITY_HIGH),
    );
  }, [editor]);
  return null;
}
