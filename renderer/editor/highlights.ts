/**
 * Paints ranges through the CSS Custom Highlight API: nothing is added to the editor's DOM or its
 * state, so highlights never reach the saved JSON, never fight Lexical's reconciler and cost no
 * layout. Where the API is missing, highlighting is skipped (the counts still show).
 */
export function setHighlight(name: string, ranges: Iterable<Range>): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  const list = [...ranges];
  if (list.length === 0) CSS.highlights.delete(name);
  else CSS.highlights.set(name, new Highlight(...list));
}

export function clearHighlight(name: string): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  CSS.highlights.delete(name);
}

export function textRange(text: Text, from: number, to: number): Range | null {
  const length = text.data.length;
  if (from < 0 || to > length || from >= to) return null;
  const range = text.ownerDocument.createRange();
  range.setStart(text, from);
  range.setEnd(text, to);
  return range;
}
