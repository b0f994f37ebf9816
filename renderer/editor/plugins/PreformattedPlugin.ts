import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $getSelection, $isRangeSelection, COMMAND_PRIORITY_EDITOR, COMMAND_PRIORITY_LOW, createCommand, KEY_ENTER_COMMAND } from 'lexical';
import { useEffect } from 'react';
import type { PreformattedVariant } from '../../../shared/content/nodes/preformatted/preformatted-node';
import { $enterInPreformatted, $togglePreformatted } from '../preformatted/preformatted-editing';

/** Turns the selected blocks into code, preformatted text or verse (or back into paragraphs). */
export const SET_PREFORMATTED_COMMAND = createCommand<PreformattedVariant>('SET_PREFORMATTED_COMMAND');

/**
 * Preformatted text, code and verse keep their lines: Enter starts a new line in them; Enter on
 * an empty last line, or Shift+Enter, goes on in a paragraph after.
 */
export function PreformattedPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          SET_PREFORMATTED_COMMAND,
          (variant) => {
            const selection = $getSelection();
            if (!$isRangeSelection(selection)) return false;
            $togglePreformatted(selection, variant);
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
        editor.registerCommand(
          KEY_ENTER_COMMAND,
          (event) => {
            const selection = $getSelection();
            if (!$isRangeSelection(selection) || !$enterInPreformatted(selection, event?.shiftKey === true)) return false;
            event?.preventDefault();
            return true;
          },
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor],
  );
  return null;
}
