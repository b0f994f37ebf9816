import { $isTableRowNode, type TableNode, type TableRowNode } from '@lexical/table';
import { $getState, $setState, createState } from 'lexical';

/*
 * A table's caption and footer rows live in its `$` state beside its layout (see
 * shared/content/nodes/text-blocks/block-state.ts): these are the editor's handles on those two
 * keys. Lexical keeps the other keys under `$` (fixedLayout) as they are.
 */
const MAX_CAPTION = 2000;
const captionState = createState('caption', { parse: (v) => (typeof v === 'string' ? v.slice(0, MAX_CAPTION) : '') });
const footerRowsState = createState('footerRows', {
  parse: (v) => (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 1000 ? v : 0),
});

export function $tableCaption(table: TableNode): string {
  return $getState(table, captionState);
}

/** Sets the caption as typed; a caption typed on one line stays one (line breaks become spaces). */
export function $setTableCaption(table: TableNode, caption: string): void {
  const text = caption.replace(/[\r\n]+/g, ' ').slice(0, MAX_CAPTION);
  if (text !== $tableCaption(table)) $setState(table, captionState, text);
}

export function $tableFooterRowCount(table: TableNode): number {
  return $getState(table, footerRowsState);
}

/**
 * The rows that publish as the table's footer (<tfoot>): its last `footerRows` rows, as long as a
 * body row is left under the header, which is how the renderer writes them.
 */
export function $tableFooterRows(table: TableNode, hasHeaderRow: boolean): TableRowNode[] {
  const rows = table.getChildren().filter($isTableRowNode);
  const afterHead = hasHeaderRow ? rows.slice(1) : rows;
  const count = Math.min($tableFooterRowCount(table), Math.max(afterHead.length - 1, 0));
  return count === 0 ? [] : afterHead.slice(afterHead.length - count);
}

/** "Footer row" on and off: the last row becomes the footer, or no row is. */
export function $toggleFooterRow(table: TableNode): void {
  $setState(table, footerRowsState, $tableFooterRowCount(table) > 0 ? 0 : 1);
}
