import { $createRangeSelectionFromDom, $getSelection, $setSelection, type BaseSelection, type LexicalEditor } from 'lexical';

/**
 * The selection the writer sees. Lexical takes the DOM selection from the next `selectionchange`,
 * so a shortcut pressed right after Shift+arrows (a fast writer, a loaded machine) would otherwise
 * act on the previous caret: a link or a note on the wrong words. Call inside an update or command.
 */
export function $selectionSeen(editor: LexicalEditor): BaseSelection | null {
  const dom = window.getSelection();
  const root = editor.getRootElement();
  if (!dom?.anchorNode || !root?.contains(dom.anchorNode)) return $getSelection();
  return $createRangeSelectionFromDom(dom, editor) ?? $getSelection();
}

/** Makes the selection the writer sees Lexical's own, for a command that then edits it. */
export function $syncSelectionFromDom(editor: LexicalEditor): void {
  const seen = $selectionSeen(editor);
  if (seen && seen !== $getSelection()) $setSelection(seen);
}
