import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $isTableNode, TableNode } from '@lexical/table';
import { mergeRegister } from '@lexical/utils';
import { $getNodeByKey, $getRoot, COMMAND_PRIORITY_EDITOR, createCommand, SKIP_DOM_SELECTION_TAG, type LexicalEditor, type NodeKey } from 'lexical';
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { $isDetailsNode } from '../../../shared/content/nodes/details/details-node';
import { $setTableCaption, $tableCaption, $tableFooterRows } from '../table/table-caption';
import { $selectedTableCell, $tableHasHeaderRow } from '../table/table-editing';

/** The table menu's "Add caption": opens the caption line under the caret's table and puts the cursor in it. */
export const ADD_TABLE_CAPTION_COMMAND = createCommand<void>('ADD_TABLE_CAPTION_COMMAND');

interface TableFacts {
  key: NodeKey;
  caption: string;
  footerRowKeys: NodeKey[];
}

const CAPTIONED = 'pw-table-captioned';
const FOOTER_ROW = 'pw-footer-row';

/** The story's tables: top-level ones and those one block down (in a details block), without walking every paragraph's text. */
function $storyTables(): TableNode[] {
  return $getRoot()
    .getChildren()
    .flatMap((block) => ($isTableNode(block) ? [block] : $isDetailsNode(block) ? block.getChildren().filter($isTableNode) : []));
}

function $tableFacts(): TableFacts[] {
  return $storyTables().map((table) => ({
    key: table.getKey(),
    caption: $tableCaption(table),
    footerRowKeys: $tableFooterRows(table, $tableHasHeaderRow(table)).map((row) => row.getKey()),
  }));
}

/**
 * Marks the DOM Lexical drew: room under a captioned table for its caption line, and the footer
 * rows styled as a footer. Classes only; Lexical's own classes and the table's content are untouched.
 */
function markTables(editor: LexicalEditor, tables: TableFacts[], open: ReadonlySet<NodeKey>): void {
  for (const table of tables) {
    const element = editor.getElementByKey(table.key);
    if (!element) continue;
    element.classList.toggle(CAPTIONED, table.caption !== '' || open.has(table.key));
    const footer = new Set(table.footerRowKeys.map((key) => editor.getElementByKey(key)));
    for (const row of element.querySelectorAll('tr')) row.classList.toggle(FOOTER_ROW, footer.has(row));
  }
}

/** Enter leaves a caption as it is: a table's caption is one line, as WordPress's is. */
const noNewline = (event: KeyboardEvent) => {
  if (event.key === 'Enter') event.preventDefault();
};

/** One table's caption line, kept under the table as it grows, scrolls and moves. */
function CaptionLine({ editor, tableKey, caption, focus, onDone }: { editor: LexicalEditor; tableKey: NodeKey; caption: string; focus: boolean; onDone: () => void }) {
  const line = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState(caption);
  // What Lexical holds wins when it changes from elsewhere (undo, a pull), not while typing.
  useEffect(() => {
    if (document.activeElement !== input.current) setText(caption);
  }, [caption]);
  useEffect(() => {
    if (focus) input.current?.focus();
  }, [focus]);
  useLayoutEffect(() => {
    const place = () => {
      const element = line.current;
      const table = editor.getElementByKey(tableKey);
      const surface = element?.offsetParent;
      if (!element || !table || !(surface instanceof HTMLElement)) return;
      const t = table.getBoundingClientRect();
      const s = surface.getBoundingClientRect();
      element.style.top = `${t.bottom - s.top + 4}px`;
      element.style.left = `${t.left - s.left}px`;
      element.style.width = `${t.width}px`;
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
  }, [editor, tableKey]);

  const save = (value: string) => {
    setText(value);
    // The caret stays in the caption: Lexical must not put the DOM selection back in the body.
    editor.update(
      () => {
        const table = $getNodeByKey(tableKey);
        if ($isTableNode(table)) $setTableCaption(table, value);
      },
      { tag: SKIP_DOM_SELECTION_TAG },
    );
  };
  return (
    <div ref={line} className="table-caption">
      <textarea
        ref={input}
        className="caption-input"
        aria-label="Table caption"
        rows={1}
        placeholder="Add a caption"
        value={text}
        onKeyDown={noNewline}
        onChange={(e) => save(e.target.value)}
        onBlur={onDone}
      />
    </div>
  );
}

/**
 * Each table's caption typed in place under it, as an image's is, and its footer rows shown as a
 * footer. The caption is the table's `$.caption` state, set through a Lexical update so undo and
 * saving see it; a table without one shows no line until "Add caption".
 */
export function TableCaptionPlugin() {
  const [editor] = useLexicalComposerContext();
  const [tables, setTables] = useState<TableFacts[]>([]);
  const [open, setOpen] = useState<ReadonlySet<NodeKey>>(new Set());
  const [focusKey, setFocusKey] = useState<NodeKey | null>(null);

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => {
          const next = editorState.read($tableFacts);
          setTables((prev) => (JSON.stringify(prev) === JSON.stringify(next) ? prev : next));
        }),
        // A table redrawn by Lexical loses the classes: they are put back after every update.
        editor.registerMutationListener(TableNode, () => setTables((prev) => [...prev])),
        editor.registerCommand(
          ADD_TABLE_CAPTION_COMMAND,
          () => {
            const at = $selectedTableCell();
            if (at === null) return false;
            const key = at.table.getKey();
            setOpen((prev) => new Set(prev).add(key));
            setFocusKey(key);
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
      ),
    [editor],
  );
  useLayoutEffect(() => markTables(editor, tables, open), [editor, tables, open]);

  const close = (key: NodeKey) => () => {
    setFocusKey((prev) => (prev === key ? null : prev));
    setOpen((prev) => {
      if (!prev.has(key)) return prev;
      const next = new Set(prev);
      next.delete(key);
      return next;
    });
  };
  return (
    <>
      {tables
        .filter((table) => table.caption !== '' || open.has(table.key))
        .map((table) => (
          <CaptionLine key={table.key} editor={editor} tableKey={table.key} caption={table.caption} focus={focusKey === table.key} onDone={close(table.key)} />
        ))}
    </>
  );
}
