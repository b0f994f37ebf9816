import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { LexicalCommand, LexicalEditor, NodeKey } from 'lexical';
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { $tableCaption, $tableFooterRowCount } from '../table/table-caption';
import { $selectedTableCell, $tableHasHeaderRow } from '../table/table-editing';
import { ADD_TABLE_CAPTION_COMMAND } from './TableCaptionPlugin';
import {
  DELETE_TABLE_COLUMN_COMMAND,
  DELETE_TABLE_COMMAND,
  DELETE_TABLE_ROW_COMMAND,
  INSERT_TABLE_COLUMN_LEFT_COMMAND,
  INSERT_TABLE_COLUMN_RIGHT_COMMAND,
  INSERT_TABLE_ROW_ABOVE_COMMAND,
  INSERT_TABLE_ROW_BELOW_COMMAND,
  REMOVE_TABLE_CAPTION_COMMAND,
  TOGGLE_TABLE_FOOTER_ROW_COMMAND,
  TOGGLE_TABLE_HEADER_ROW_COMMAND,
} from './TableEditingPlugin';
import { ToolButton } from './ToolbarPlugin';
import {
  ColumnLeftIcon,
  ColumnRightIcon,
  DeleteColumnIcon,
  DeleteRowIcon,
  DeleteTableIcon,
  CaptionIcon,
  FooterRowIcon,
  HeaderRowIcon,
  RowAboveIcon,
  RowBelowIcon,
} from './toolbar-icons';

interface CaretTable {
  key: NodeKey;
  header: boolean;
  footer: boolean;
  captioned: boolean;
}

const GROUPS: ReadonlyArray<ReadonlyArray<{ label: string; command: LexicalCommand<void>; icon: ReactNode }>> = [
  [
    { label: 'Insert row above', command: INSERT_TABLE_ROW_ABOVE_COMMAND, icon: <RowAboveIcon /> },
    { label: 'Insert row below', command: INSERT_TABLE_ROW_BELOW_COMMAND, icon: <RowBelowIcon /> },
    { label: 'Insert column left', command: INSERT_TABLE_COLUMN_LEFT_COMMAND, icon: <ColumnLeftIcon /> },
    { label: 'Insert column right', command: INSERT_TABLE_COLUMN_RIGHT_COMMAND, icon: <ColumnRightIcon /> },
  ],
  [
    { label: 'Delete row', command: DELETE_TABLE_ROW_COMMAND, icon: <DeleteRowIcon /> },
    { label: 'Delete column', command: DELETE_TABLE_COLUMN_COMMAND, icon: <DeleteColumnIcon /> },
    { label: 'Delete table', command: DELETE_TABLE_COMMAND, icon: <DeleteTableIcon /> },
  ],
];

/**
 * Keeps the toolbar just above the table, in the gap the theme leaves there, and in view under the
 * body's sticky toolbar while a long table scrolls past. Written straight to its style: it follows
 * every scroll and edit, and must not re-render the toolbar each time.
 */
function useFloatAboveTable(editor: LexicalEditor, tableKey: NodeKey | null, bar: RefObject<HTMLDivElement | null>): void {
  useLayoutEffect(() => {
    if (tableKey === null) return;
    const place = () => {
      const element = bar.current;
      const table = editor.getElementByKey(tableKey);
      const surface = element?.offsetParent;
      if (!element || !table || !(surface instanceof HTMLElement)) return;
      const t = table.getBoundingClientRect();
      const s = surface.getBoundingClientRect();
      const sticky = surface.closest('.body-editor')?.querySelector('.body-toolbar')?.getBoundingClientRect().bottom ?? -Infinity;
      const height = element.offsetHeight;
      const top = Math.min(Math.max(t.top - height - 4, sticky + 4), t.bottom - height);
      element.style.top = `${top - s.top}px`;
      element.style.left = `${t.left - s.left}px`;
    };
    place();
    const unregister = editor.registerUpdateListener(place);
    document.addEventListener('scroll', place, true);
    window.addEventListener('resize', place);
    return () => {
      unregister();
      document.removeEventListener('scroll', place, true);
      window.removeEventListener('resize', place);
    };
  }, [editor, tableKey, bar]);
}

/** Row, column and header-row controls, shown while the caret is in a table. */
export function TableToolbarPlugin() {
  const [editor] = useLexicalComposerContext();
  const [table, setTable] = useState<CaretTable | null>(null);
  const bar = useRef<HTMLDivElement>(null);

  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState }) => {
        const next = editorState.read(() => {
          const at = $selectedTableCell();
          if (at === null) return null;
          const { table: t } = at;
          return { key: t.getKey(), header: $tableHasHeaderRow(t), footer: $tableFooterRowCount(t) > 0, captioned: $tableCaption(t) !== '' };
        });
        setTable((prev) =>
          prev?.key === next?.key && prev?.header === next?.header && prev?.footer === next?.footer && prev?.captioned === next?.captioned ? prev : next,
        );
      }),
    [editor],
  );
  useFloatAboveTable(editor, table?.key ?? null, bar);

  // Lexical then puts the caret, and a keyboard user's focus, back in the text.
  const run = (command: LexicalCommand<void>) => () => void editor.dispatchCommand(command, undefined);

  if (table === null) return null;
  return (
    <div ref={bar} className="table-toolbar" role="toolbar" aria-label="Table">
      {GROUPS.map((group, i) => (
        <div className="tool-group" key={i}>
          {group.map((b) => (
            <ToolButton key={b.label} label={b.label} onPress={run(b.command)}>
              {b.icon}
            </ToolButton>
          ))}
        </div>
      ))}
      <div className="tool-group">
        <ToolButton label="Header row" pressed={table.header} onPress={run(TOGGLE_TABLE_HEADER_ROW_COMMAND)}>
          <HeaderRowIcon />
        </ToolButton>
        <ToolButton label="Footer row" pressed={table.footer} onPress={run(TOGGLE_TABLE_FOOTER_ROW_COMMAND)}>
          <FooterRowIcon />
        </ToolButton>
        {table.captioned ? (
          <ToolButton label="Remove caption" onPress={run(REMOVE_TABLE_CAPTION_COMMAND)}>
            <CaptionIcon />
          </ToolButton>
        ) : (
          <ToolButton label="Add caption" onPress={run(ADD_TABLE_CAPTION_COMMAND)}>
            <CaptionIcon />
          </ToolButton>
        )}
      </div>
    </div>
  );
}
