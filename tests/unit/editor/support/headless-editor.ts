import { createHeadlessEditor } from '@lexical/headless';
import { $getSelection, $isRangeSelection, type LexicalEditor, type RangeSelection } from 'lexical';
import { editorNodes } from '../../../../renderer/editor/nodes';

/** A headless editor with the app editor's nodes, throwing on any Lexical error so a test sees it. */
export function headlessEditor(): LexicalEditor {
  return createHeadlessEditor({
    namespace: 'presswork-body',
    nodes: [...editorNodes],
    onError(error) {
      throw error;
    },
  });
}

/** Runs `fn` as one discrete update, so the state is committed when it returns. */
export const run = (editor: LexicalEditor, fn: () => void): void => editor.update(fn, { discrete: true });

/** The range selection, inside an update; a test without one has gone wrong. */
export function selection(): RangeSelection {
  const s = $getSelection();
  if (!$isRangeSelection(s)) throw new Error('no range selection');
  return s;
}

/** Types at the selection, inside an update. */
export const type = (text: string): void => selection().insertText(text);
