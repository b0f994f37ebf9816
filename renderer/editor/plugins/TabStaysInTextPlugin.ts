import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { COMMAND_PRIORITY_EDITOR, COMMAND_PRIORITY_HIGH, KEY_TAB_COMMAND } from 'lexical';
import { useEffect } from 'react';

/** Read out with the body (aria-describedby), so keyboard users learn the way out. */
export const TAB_HINT = 'Tab indents lists and moves between table cells. Press Escape, then Tab, to leave the text.';

/**
 * Tab in the text does nothing when nothing else claims it (lists indent, tables move between
 * cells, the / menu picks): as in Docs, the writer stays in the text, and no tab character goes
 * into a story WordPress would collapse anyway. Walking out with Tab reached the cards' fields and
 * their Remove buttons, where a stray Space deleted a card. Escape, then Tab, leaves on purpose
 * (the way CodeMirror and WordPress's block editor let keyboard users out).
 */
export function TabStaysInTextPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let leaving = false;
    return mergeRegister(
      editor.registerRootListener((root) => {
        if (root === null) return;
        const onKeyDown = (event: KeyboardEvent) => {
          if (event.key === 'Escape') leaving = true;
          else if (event.key !== 'Tab' && event.key !== 'Shift') leaving = false;
        };
        const onFocusOut = () => {
          leaving = false;
        };
        root.addEventListener('keydown', onKeyDown);
        root.addEventListener('focusout', onFocusOut);
        return () => {
          root.removeEventListener('keydown', onKeyDown);
          root.removeEventListener('focusout', onFocusOut);
        };
      }),
      // Before lists and tables: after Escape, Tab is the browser's, which moves the focus on.
      editor.registerCommand(KEY_TAB_COMMAND, () => leaving, COMMAND_PRIORITY_HIGH),
      editor.registerCommand(
        KEY_TAB_COMMAND,
        (event) => {
          event.preventDefault();
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    );
  }, [editor]);
  return null;
}
