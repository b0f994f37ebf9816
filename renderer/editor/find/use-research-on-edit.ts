import { mergeRegister } from '@lexical/utils';
import type { LexicalEditor } from 'lexical';
import { useEffect } from 'react';

/** Re-search this long after the last edit while the panel is open. */
const RESEARCH_DELAY_MS = 150;

/** While the find panel is open: search now, and again shortly after each edit of the text. */
export function useResearchOnEdit(editor: LexicalEditor, open: boolean, search: () => void): void {
  useEffect(() => {
    if (!open) return;
    search();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unregister = mergeRegister(
      editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
        clearTimeout(timer);
        timer = setTimeout(search, RESEARCH_DELAY_MS);
      }),
    );
    return () => {
      clearTimeout(timer);
      unregister();
    };
  }, [open, editor, search]);
}
