import type { LexicalEditor } from 'lexical';
import { useEffect } from 'react';
import { clearHighlight, setHighlight, textRange } from '../highlights';
import type { BodyMatch } from './find-in-editor';
import { domTextOf } from './text-blocks';
import { piecesOf } from './text-segments';

const HIGHLIGHT_ALL = 'pw-find';
const HIGHLIGHT_CURRENT = 'pw-find-current';

function domRanges(editor: LexicalEditor, match: BodyMatch): Range[] {
  const ranges: Range[] = [];
  for (const piece of piecesOf(match.block.segments, match.start, match.end)) {
    const text = domTextOf(editor.getElementByKey(piece.key));
    const range = text && textRange(text, piece.from, piece.to);
    if (range) ranges.push(range);
  }
  return ranges;
}

/** Highlights every match and, more strongly, the current one (scrolled into view) while the find panel is open. */
export function useFindHighlights(editor: LexicalEditor, open: boolean, matches: BodyMatch[], current: number): void {
  useEffect(() => {
    if (!open || matches.length === 0) {
      clearHighlight(HIGHLIGHT_ALL);
      clearHighlight(HIGHLIGHT_CURRENT);
      return;
    }
    setHighlight(HIGHLIGHT_ALL, matches.flatMap((m) => domRanges(editor, m)));
    const currentRanges = matches[current] ? domRanges(editor, matches[current]) : [];
    setHighlight(HIGHLIGHT_CURRENT, currentRanges);
    currentRanges[0]?.startContainer.parentElement?.scrollIntoView({ block: 'nearest' });
  }, [open, matches, current, editor]);

  useEffect(
    () => () => {
      clearHighlight(HIGHLIGHT_ALL);
      clearHighlight(HIGHLIGHT_CURRENT);
    },
    [],
  );
}
