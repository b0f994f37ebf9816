import {
  $createTableNodeWithDimensions,
  $findCellNode,
  $findTableNode,
  $insertTableRowAtNode,
  $isTableCellNode,
  $isTableRowNode,
  $isTableSelection,
  $setTableRowIsHeader,
  TableCellHeaderStates,
  type TableCellNode,
  type TableNode,
  type TableRowNode,
} from '@lexical/table';
import { $insertNodeToNearestRoot } from '@lexical/utils';
import { $createParagraphNode, $getPreviousSelection, $getSelection, $isElementNode, $isParagraphNode, $isRangeSelection, $isRootNode } from 'lexical';

/** The size picker's and the insert command's limits: past these a table no longer reads in an article column. */
export const MAX_TABLE_ROWS = 100;
export const MAX_TABLE_COLUMNS = 12;

const clamp = (n: number, max: number) => Math.min(max, Math.max(1, Math.floor(Number.isFinite(n) ? n : 1)));

/** The cell the selection is in (a caret or a multi-cell selection) and its table, or null outside tables. */
export function $selectedTableCell(): { cell: TableCellNode; table: TableNode } | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) && !$isTableSelection(selection)) return null;
  const cell = $findCellNode(selection.anchor.getNode());
  const table = cell ? $findTableNode(cell) : null;
  return cell && table ? { cell, table } : null;
}

/**
 * Inserts a table of the given size with a header row and puts the caret in its first cell, as
 * Word and Docs do. An empty paragraph at the caret (a fresh line, or the "/table" just removed) is
 * replaced rather than left above the table; inside a table, the new one goes after it (stories
 * have no nested tables); with no caret at all, at the end. A paragraph follows a table that would
 * end the story, to write on in.
 */
export function $insertStoryTable(rows: number, columns: number): TableNode {
  const selection = $getSelection() ?? $getPreviousSelection();
  const table = $createTableNodeWithDimensions(clamp(rows, MAX_TABLE_ROWS), clamp(columns, MAX_TABLE_COLUMNS), { rows: true, columns: false });
  const anchor = $isRangeSelection(selection) ? selection.anchor.getNode() : null;
  const around = anchor ? $findTableNode(anchor) : null;
  const block = anchor?.getTopLevelElement() ?? null;
  if (around) around.insertAfter(table);
  else if ($isParagraphNode(block) && block.isEmpty()) block.replace(table);
  else $insertNodeToNearestRoot(table);
  if (table.getNextSibling() === null && $isRootNode(table.getParent())) table.insertAfter($createParagraphNode());
  const first = table.getFirstDescendant();
  const paragraph = first && !$isElementNode(first) ? first.getParent() : first;
  if ($isElementNode(paragraph)) paragraph.selectStart();
  return table;
}

/** A table "has a header row" when every cell of its first row is a row header: what publishes as <thead>. */
export function $tableHasHeaderRow(table: TableNode): boolean {
  const first = table.getFirstChild();
  if (!$isTableRowNode(first)) return false;
  const cells = first.getChildren().filter($isTableCellNode);
  return cells.length > 0 && cells.every((cell) => (cell.getHeaderStyles() & TableCellHeaderStates.ROW) === TableCellHeaderStates.ROW);
}

export function $setHeaderRow(table: TableNode, on: boolean): void {
  $setTableRowIsHeader(table, 0, on);
}

/**
 * Runs a row change keeping the header row a property of the table, as Word's "Header Row" and
 * WordPress's <thead> are: a row inserted above the header or the header's deletion leave the new
 * first row as the header, and the old header row, no longer first, becomes an ordinary row.
 */
export function $keepingHeaderRow(table: TableNode, change: () => void): void {
  const hadHeader = $tableHasHeaderRow(table);
  const oldFirst = table.getFirstChild();
  change();
  if (!hadHeader || !table.isAttached() || table.getChildrenSize() === 0) return;
  const newFirst = table.getFirstChild();
  if (newFirst !== null && oldFirst !== null && newFirst.is(oldFirst)) return;
  $setHeaderRow(table, true);
  if ($isTableRowNode(oldFirst) && oldFirst.isAttached()) $setTableRowIsHeader(table, oldFirst.getIndexWithinParent(), false);
}

/**
 * Tab and Shift+Tab in a table: the next or previous cell, row by row, the caret at the end of its
 * text (nothing typed is overwritten). Tab in the last cell adds a row and goes to its first cell;
 * Shift+Tab in the first cell stays there, as in Word and Docs.
 */
export function $moveToAdjacentCell(cell: TableCellNode, backward: boolean): void {
  const row = cell.getParent();
  if (!$isTableRowNode(row)) return;
  if (backward) {
    const previous = cell.getPreviousSibling() ?? previousRowOf(row)?.getLastChild() ?? null;
    if ($isTableCellNode(previous)) previous.selectEnd();
    return;
  }
  const next = cell.getNextSibling() ?? nextRowOf(row)?.getFirstChild() ?? null;
  if ($isTableCellNode(next)) {
    next.selectEnd();
    return;
  }
  const added = $insertTableRowAtNode(cell, true);
  const first = added?.getFirstChild();
  if ($isTableCellNode(first)) first.selectStart();
}

function nextRowOf(row: TableRowNode): TableRowNode | null {
  const next = row.getNextSibling();
  return $isTableRowNode(next) ? next : null;
}

function previousRowOf(row: TableRowNode): TableRowNode | null {
  const previous = row.getPreviousSibling();
  return $isTableRowNode(previous) ? previous : null;
}
