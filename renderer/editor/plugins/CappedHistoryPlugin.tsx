import { registerHistory, type HistoryState } from '@lexical/history';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { LexicalEditor } from 'lexical';
import { useEffect } from 'react';

/**
 * Undo depth. Each entry holds a whole editor state, so an uncapped stack grows with every pause in
 * a long writing session; 100 steps is ProseMirror's default and more than anyone walks back.
 */
export const HISTORY_MAX_DEPTH = 100;
/** Keystrokes closer together than this undo as one step. */
export const HISTORY_MERGE_DELAY_MS = 1000;

/** Lexical's undo/redo with the stack capped at HISTORY_MAX_DEPTH; returns the unregister function. */
export function registerCappedHistory(editor: LexicalEditor, historyState: HistoryState, now: () => number = Date.now): () => void {
  return registerHistory(editor, historyState, HISTORY_MERGE_DELAY_MS, now, undefined, HISTORY_MAX_DEPTH);
}

/** The state is passed in so nested editors (captions…) can share one history. */
export function CappedHistoryPlugin({ historyState }: { historyState: HistoryState }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerCappedHistory(editor, historyState), [editor, historyState]);
  return null;
}
