import { $isListItemNode } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $findMatchingParent } from '@lexical/utils';
import { $getSelection, $isRangeSelection, COMMAND_PRIORITY_LOW, INDENT_CONTENT_COMMAND, KEY_TAB_COMMAND, OUTDENT_CONTENT_COMMAND } from 'lexical';
import { useEffect } from 'react';

/** Maximum list nesting; WordPress's list block and most style guides stop well before this. */
const MAX_LIST_DEPTH = 5;

/**
 * Tab nests a list item and Shift+Tab lifts it. Outside lists Tab is left alone so keyboard users
 * can still move focus out of the body.
 */
export function ListIndentPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        KEY_TAB_COMMAND,
        (event) => {
          const selection = $getSelection();
          if (!$isRangeSelection(selection)) return false;
          const item = $findMatchingParent(selection.anchor.getNode(), $isListItemNode);
          if (!$isListItemNode(item)) return false;
          event.preventDefault();
          if (event.shiftKey) return editor.dispatchCommand(OUTDENT_CONTENT_COMMAND, undefined);
          if (item.getIndent() + 1 >= MAX_LIST_DEPTH) return true;
          return editor.dispatchCommand(INDENT_CONTENT_COMMAND, undefined);
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor],
  );
  return null;
}
