import { $deleteTableRowAtSelection, $insertTableRowAtSelection, $isTableNode, type TableNode } from '@lexical/table';
import { $createParagraphNode, $createTextNode, $getRoot, $getSelection, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { bodyToBlockMarkup } from '../../../shared/content/wordpress/to-blocks';
import { headlessEditor } from './support/headless-editor';
import {
  $insertStoryTable,
  $keepingHeaderRow,
  $moveToAdjacentCell,
  $selectedTableCell,
  $setHeaderRow,
  $tableHasHeaderRow,
  MAX_TABLE_COLUMNS,
  MAX_TABLE_ROWS,
} from '../../../renderer/editor/table/table-editing';

const editor = headlessEditor;

const run = (e: LexicalEditor, fn: () => void) => e.update(fn, { discrete: true });
const table = (): TableNode => $getRoot().getChildren().find($isTableNode)!;
const type = (text: string) => $getSelection()!.insertText(text);
/** The table's cells row by row, a header cell marked with a leading "#". */
const grid = (e: LexicalEditor) =>
  e.getEditorState().read(() =>
    table()
      .getChildren()
      .map((row) => (row as TableNode).getChildren().map((cell) => `${$tableCellIsHeader(cell) ? '#' : ''}${cell.getTextContent()}`)),
  );
const $tableCellIsHeader = (cell: unknown) => ((cell as { getHeaderStyles(): number }).getHeaderStyles() & 1) === 1;
const published = (e: LexicalEditor) => bodyToBlockMarkup(e.getEditorState().toJSON() as never, () => null);

/** A story "Intro" then an empty line, and on it a 2 × 2 table filled with Party | Seats / Green | 4. */
function storyWithTable(): LexicalEditor {
  const e = editor();
  run(e, () => {
    const empty = $createParagraphNode();
    $getRoot().append($createParagraphNode().append($createTextNode('Intro')), empty);
    empty.select();
    $insertStoryTable(2, 2);
    for (const [i, word] of ['Party', 'Seats', 'Green', '4'].entries()) {
      if (i > 0) $moveToAdjacentCell($selectedTableCell()!.cell, false);
      type(word);
    }
  });
  return e;
}

describe('inserting a table', () => {
  it('replaces the empty line it goes on, leaves a line after it and puts the caret in the first cell, under a header row', () => {
    const e = editor();
    run(e, () => {
      const empty = $createParagraphNode();
      $getRoot().append($createParagraphNode().append($createTextNode('Intro')), empty);
      empty.select();
      $insertStoryTable(2, 3);
      type('Ward');
    });
    expect(e.getEditorState().read(() => $getRoot().getChildren().map((n) => n.getType()))).toEqual(['paragraph', 'table', 'paragraph']);
    expect(grid(e)).toEqual([
      ['#Ward', '#', '#'],
      ['', '', ''],
    ]);
  });

  it('goes at the end of the story when there is no caret', () => {
    const e = editor();
    run(e, () => {
      $getRoot().append($createParagraphNode().append($createTextNode('Intro')));
      $insertStoryTable(1, 1);
      type('Only');
    });
    expect(e.getEditorState().read(() => $getRoot().getChildren().map((n) => n.getType()))).toEqual(['paragraph', 'table', 'paragraph']);
    expect(grid(e)).toEqual([['#Only']]);
  });

  it('goes after the table the caret is in (stories have no nested tables) and keeps to sizes a column can show', () => {
    const e = storyWithTable();
    run(e, () => void $insertStoryTable(1000, 0));
    const sizes = e.getEditorState().read(() =>
      $getRoot()
        .getChildren()
        .filter($isTableNode)
        .map((t) => [t.getChildrenSize(), (t.getFirstChild() as TableNode).getChildrenSize()]),
    );
    expect(sizes).toEqual([
      [2, 2],
      [MAX_TABLE_ROWS, 1],
    ]);
    run(e, () => void $insertStoryTable(1, 99));
    expect(e.getEditorState().read(() => ($getRoot().getChildren().filter($isTableNode)[2]!.getFirstChild() as TableNode).getChildrenSize())).toBe(MAX_TABLE_COLUMNS);
  });
});

describe('Tab between cells', () => {
  it('adds a row from the last cell and stays put going back from the first', () => {
    const e = storyWithTable();
    run(e, () => {
      $moveToAdjacentCell($selectedTableCell()!.cell, false);
      type('Red');
    });
    expect(grid(e)).toEqual([
      ['#Party', '#Seats'],
      ['Green', '4'],
      ['Red', ''],
    ]);
    run(e, () => {
      for (let i = 0; i < 6; i++) $moveToAdjacentCell($selectedTableCell()!.cell, true);
      type('*');
    });
    expect(grid(e)[0]).toEqual(['#Party*', '#Seats']);
  });
});

describe('the header row', () => {
  it('publishes as <thead> when on and as an ordinary row when off', () => {
    const e = storyWithTable();
    expect(published(e)).toContain('<thead><tr><th>Party</th><th>Seats</th></tr></thead><tbody><tr><td>Green</td><td>4</td></tr></tbody>');
    run(e, () => $setHeaderRow(table(), false));
    expect(e.getEditorState().read(() => $tableHasHeaderRow(table()))).toBe(false);
    expect(published(e)).toContain('<table class="has-fixed-layout"><tbody><tr><td>Party</td><td>Seats</td></tr><tr><td>Green</td><td>4</td></tr></tbody></table>');
  });

  it('stays the first row when a row is inserted above it or it is deleted', () => {
    const e = storyWithTable();
    run(e, () => {
      table().getFirstDescendant()!.selectStart();
      $keepingHeaderRow(table(), () => $insertTableRowAtSelection(false));
    });
    expect(grid(e)).toEqual([
      ['#', '#'],
      ['Party', 'Seats'],
      ['Green', '4'],
    ]);
    run(e, () => {
      table().getFirstDescendant()!.selectStart();
      $keepingHeaderRow(table(), $deleteTableRowAtSelection);
    });
    expect(grid(e)).toEqual([
      ['#Party', '#Seats'],
      ['Green', '4'],
    ]);
    expect(published(e)).toContain('<thead><tr><th>Party</th><th>Seats</th></tr></thead>');
  });

  it('is left off when it was off', () => {
    const e = storyWithTable();
    run(e, () => {
      $setHeaderRow(table(), false);
      table().getFirstDescendant()!.selectStart();
      $keepingHeaderRow(table(), () => $insertTableRowAtSelection(false));
    });
    expect(grid(e).flat().some((cell) => cell.startsWith('#'))).toBe(false);
  });
});
