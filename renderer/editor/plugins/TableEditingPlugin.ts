import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $deleteTableColumnAtSelection,
  $deleteTableRowAtSelection,
  $findCellNode,
  $insertTableColumnAtSelection,
  $insertTableRowAtSelection,
  type TableCellNode,
  type TableNode,
} from '@lexical/table';
import { mergeRegister } from '@lexical/utils';
import { $getSelection, $isRangeSelection, COMMAND_PRIORITY_EDITOR, COMMAND_PRIORITY_NORMAL, createCommand, KEY_TAB_COMMAND, type LexicalCommand } from 'lexical';
import { useEffect } from 'react';
import { $removeBlockKeepingCaret } from '../block-removal';
import { $setTableCaption, $toggleFooterRow } from '../table/table-caption';
import { $insertStoryTable, $keepingHeaderRow, $moveToAdjacentCell, $selectedTableCell, $setHeaderRow, $tableHasHeaderRow } from '../table/table-editing';

/** Inserts a table of this size at the caret, the caret in its first cell (the size picker, the / menu). */
export const INSERT_STORY_TABLE_COMMAND = createCommand<{ rows: number; columns: number }>('INSERT_STORY_TABLE_COMMAND');
// The table toolbar's operations, on the table the caret is in (false elsewhere).
export const INSERT_TABLE_ROW_ABOVE_COMMAND = createCommand<void>('INSERT_TABLE_ROW_ABOVE_COMMAND');
export const INSERT_TABLE_ROW_BELOW_COMMAND = createCommand<void>('INSERT_TABLE_ROW_BELOW_COMMAND');
export const INSERT_TABLE_COLUMN_LEFT_COMMAND = createCommand<void>('INSERT_TABLE_COLUMN_LEFT_COMMAND');
export const INSERT_TABLE_COLUMN_RIGHT_COMMAND = createCommand<void>('INSERT_TABLE_COLUMN_RIGHT_COMMAND');
export const DELETE_TABLE_ROW_COMMAND = createCommand<void>('DELETE_TABLE_ROW_COMMAND');
export const DELETE_TABLE_COLUMN_COMMAND = createCommand<void>('DELETE_TABLE_COLUMN_COMMAND');
export const DELETE_TABLE_COMMAND = createCommand<void>('DELETE_TABLE_COMMAND');
export const TOGGLE_TABLE_HEADER_ROW_COMMAND = createCommand<void>('TOGGLE_TABLE_HEADER_ROW_COMMAND');
export const TOGGLE_TABLE_FOOTER_ROW_COMMAND = createCommand<void>('TOGGLE_TABLE_FOOTER_ROW_COMMAND');
export const REMOVE_TABLE_CAPTION_COMMAND = createCommand<void>('REMOVE_TABLE_CAPTION_COMMAND');

type TableChange = (table: TableNode, cell: TableCellNode) => void;

/** Lexical's own table functions, each the caret's table's change; a new column keeps the caret in its cell, as in Word and Docs. */
const CHANGES: ReadonlyArray<[LexicalCommand<void>, TableChange]> = [
  [INSERT_TABLE_ROW_ABOVE_COMMAND, (table) => $keepingHeaderRow(table, () => $insertTableRowAtSelection(false))],
  [INSERT_TABLE_ROW_BELOW_COMMAND, () => $insertTableRowAtSelection(true)],
  [INSERT_TABLE_COLUMN_LEFT_COMMAND, (_table, cell) => ($insertTableColumnAtSelection(false), cell.selectEnd())],
  [INSERT_TABLE_COLUMN_RIGHT_COMMAND, (_table, cell) => ($insertTableColumnAtSelection(true), cell.selectEnd())],
  [DELETE_TABLE_ROW_COMMAND, (table) => $keepingHeaderRow(table, $deleteTableRowAtSelection)],
  [DELETE_TABLE_COLUMN_COMMAND, () => $deleteTableColumnAtSelection()],
  [DELETE_TABLE_COMMAND, (table) => $removeBlockKeepingCaret(table)],
  [TOGGLE_TABLE_HEADER_ROW_COMMAND, (table) => $setHeaderRow(table, !$tableHasHeaderRow(table))],
  [TOGGLE_TABLE_FOOTER_ROW_COMMAND, (table) => $toggleFooterRow(table)],
  [REMOVE_TABLE_CAPTION_COMMAND, (table) => $setTableCaption(table, '')],
];

/**
 * Table editing as in Word and Docs: sized insertion, rows and columns added and removed, the
 * header row switched, and Tab between cells. Lexical's TablePlugin runs without its Tab handler:
 * that one leaves the table from the last cell instead of adding a row.
 */
export function TableEditingPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(INSERT_STORY_TABLE_COMMAND, ({ rows, columns }) => ($insertStoryTable(rows, columns), true), COMMAND_PRIORITY_EDITOR),
        ...CHANGES.map(([command, change]) =>
          editor.registerCommand(
            command,
            () => {
              const at = $selectedTableCell();
              if (at === null) return false;
              change(at.table, at.cell);
              return true;
            },
            COMMAND_PRIORITY_EDITOR,
          ),
        ),
        // Above lists' Tab (a list in a cell still moves between cells, as Lexical's own handler did).
        editor.registerCommand(
          KEY_TAB_COMMAND,
          (event) => {
            const selection = $getSelection();
            if (!$isRangeSelection(selection)) return false;
            const cell = $findCellNode(selection.focus.getNode());
            if (cell === null) return false;
            event.preventDefault();
            $moveToAdjacentCell(cell, event.shiftKey);
            return true;
          },
          COMMAND_PRIORITY_NORMAL,
        ),
      ),
    [editor],
  );
  return null;
}
