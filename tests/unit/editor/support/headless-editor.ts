import { createHeadlessEditor } from '@lexical/headless';
import type { LexicalEditor } from 'lexical';
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
