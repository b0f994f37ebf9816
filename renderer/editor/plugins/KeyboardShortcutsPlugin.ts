import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { IS_APPLE } from '@lexical/utils';
import { COMMAND_PRIORITY_NORMAL, FORMAT_TEXT_COMMAND, KEY_DOWN_COMMAND, type LexicalEditor } from 'lexical';
import { useEffect } from 'react';
import { SET_BLOCK_TYPE_COMMAND, TOGGLE_LIST_COMMAND } from './BlockTypePlugin';
import { OPEN_FIND_COMMAND } from './FindReplacePlugin';
import { OPEN_LINK_EDITOR_COMMAND } from './LinkEditorPlugin';

/**
 * The shortcuts Lexical does not already give (it handles Mod+B/I/U and undo/redo), chosen to
 * match Google Docs and Word where they agree. Mod is Cmd on macOS and Ctrl elsewhere.
 */
export const SHORTCUTS: ReadonlyArray<{ keys: string; label: string }> = [
  { keys: 'Mod+Shift+X', label: 'Strikethrough' },
  { keys: 'Mod+.', label: 'Superscript' },
  { keys: 'Mod+,', label: 'Subscript' },
  { keys: 'Mod+E', label: 'Inline code' },
  { keys: 'Mod+Alt+2 / 3 / 4', label: 'Subhead' },
  { keys: 'Mod+Alt+0', label: 'Paragraph' },
  { keys: 'Mod+Shift+8', label: 'Bulleted list' },
  { keys: 'Mod+Shift+7', label: 'Numbered list' },
  { keys: 'Mod+K', label: 'Link' },
  { keys: 'Mod+F', label: 'Find' },
  { keys: 'Mod+H', label: 'Find and replace' },
  { keys: 'Mod+Shift+V', label: 'Paste as plain text' },
  { keys: 'Tab / Shift+Tab', label: 'Next / previous table cell (Tab in the last cell adds a row)' },
  { keys: 'Escape, then Tab', label: 'Leave the text' },
];

/** Runs the command a key combination stands for; true when the key was one of ours. */
function runShortcut(editor: LexicalEditor, event: KeyboardEvent): boolean {
  const mod = IS_APPLE ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  if (!mod) return false;
  const { shiftKey: shift, altKey: alt, code } = event;
  const key = event.key.toLowerCase();
  if (shift && !alt && code === 'KeyX') return editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'strikethrough');
  if (!shift && !alt && code === 'Period') return editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'superscript');
  if (!shift && !alt && code === 'Comma') return editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'subscript');
  if (!shift && !alt && key === 'e') return editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'code');
  if (alt && !shift && code === 'Digit2') return editor.dispatchCommand(SET_BLOCK_TYPE_COMMAND, 'h2');
  if (alt && !shift && code === 'Digit3') return editor.dispatchCommand(SET_BLOCK_TYPE_COMMAND, 'h3');
  if (alt && !shift && code === 'Digit4') return editor.dispatchCommand(SET_BLOCK_TYPE_COMMAND, 'h4');
  if (alt && !shift && code === 'Digit0') return editor.dispatchCommand(SET_BLOCK_TYPE_COMMAND, 'paragraph');
  if (shift && !alt && code === 'Digit8') return editor.dispatchCommand(TOGGLE_LIST_COMMAND, 'bullet');
  if (shift && !alt && code === 'Digit7') return editor.dispatchCommand(TOGGLE_LIST_COMMAND, 'number');
  if (!shift && !alt && key === 'k') return editor.dispatchCommand(OPEN_LINK_EDITOR_COMMAND, undefined);
  if (!shift && !alt && key === 'f') return editor.dispatchCommand(OPEN_FIND_COMMAND, { replace: false });
  if (!shift && !alt && key === 'h') return editor.dispatchCommand(OPEN_FIND_COMMAND, { replace: true });
  return false;
}

export function KeyboardShortcutsPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          if (!runShortcut(editor, event)) return false;
          event.preventDefault();
          return true;
        },
        COMMAND_PRIORITY_NORMAL,
      ),
    [editor],
  );
  return null;
}
