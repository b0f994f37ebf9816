import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, $getRoot } from 'lexical';
import { useEffect, useState } from 'react';
import { BlockCounter } from '../counts/block-counter';
import { formatCharacters, formatReadingTime, formatTks, formatWords, ZERO_COUNTS, type TextCounts } from '../counts/story-counts';

/** Counts settle this long after typing stops… */
const SETTLE_MS = 250;
/** …and refresh at least this often while typing goes on. */
const MAX_WAIT_MS = 1000;

/**
 * Live word, character, reading-time and TK counts under the body. Recounting is debounced and
 * incremental, so the counts never sit between a keystroke and its paint.
 */
export function StoryCountsPlugin({ onCounts }: { onCounts?: (counts: TextCounts) => void }) {
  const [editor] = useLexicalComposerContext();
  const [counts, setCounts] = useState<TextCounts>(ZERO_COUNTS);

  useEffect(() => {
    const counter = new BlockCounter();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let firstPending = 0;
    const recount = () => {
      timer = undefined;
      firstPending = 0;
      const next = editor.getEditorState().read(() => {
        const keys = $getRoot()
          .getChildren()
          .map((n) => n.getKey());
        return counter.total(keys, (key) => $getNodeByKey(key)?.getTextContent() ?? '');
      });
      setCounts((prev) => (prev.words === next.words && prev.characters === next.characters && prev.tks === next.tks ? prev : next));
    };
    recount();
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      counter.markDirty(dirtyElements.keys());
      counter.markDirty(dirtyLeaves);
      const now = performance.now();
      if (firstPending === 0) firstPending = now;
      clearTimeout(timer);
      timer = setTimeout(recount, now - firstPending >= MAX_WAIT_MS ? 0 : SETTLE_MS);
    });
    return () => {
      clearTimeout(timer);
      unregister();
    };
  }, [editor]);

  useEffect(() => onCounts?.(counts), [counts, onCounts]);

  return (
    <div className="body-counts" aria-label="Story counts">
      <span aria-label="Word count">{formatWords(counts.words)}</span>
      <span aria-label="Character count">{formatCharacters(counts.characters)}</span>
      <span aria-label="Reading time">{formatReadingTime(counts.words)}</span>
      <span
        aria-label="TK count"
        className={counts.tks > 0 ? 'tk-count tk-flagged' : 'tk-count'}
        title={counts.tks > 0 ? 'This story has TK placeholders still to fill' : 'No TK placeholders'}
      >
        {formatTks(counts.tks)}
      </span>
    </div>
  );
}
