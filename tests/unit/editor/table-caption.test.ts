import { $isTableNode, type TableNode } from '@lexical/table';
import { $getRoot, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { wordpressToBody } from '../../../shared/content/wordpress/from-wordpress';
import { bodyToBlockMarkup } from '../../../shared/content/wordpress/to-blocks';
import { $setTableCaption, $tableCaption, $tableFooterRowCount, $tableFooterRows, $toggleFooterRow } from '../../../renderer/editor/table/table-caption';
import { $tableHasHeaderRow } from '../../../renderer/editor/table/table-editing';
import { nodeWindow } from '../content/dom-window';
import { headlessEditor } from './support/headless-editor';

const window = nodeWindow();
const run = (e: LexicalEditor, fn: () => void) => e.update(fn, { discrete: true });
const table = (): TableNode => $getRoot().getChildren().find($isTableNode)!;
const published = (e: LexicalEditor) => bodyToBlockMarkup(e.getEditorState().toJSON() as never, () => null);

const PULLED =
  '<!-- wp:table -->\n<figure class="wp-block-table"><table><thead><tr><th>Party</th><th>Seats</th></tr></thead><tbody><tr><td>Green</td><td>4</td></tr><tr><td>Red</td><td>3</td></tr></tbody><tfoot><tr><td>Total</td><td>7</td></tr></tfoot></table><figcaption class="wp-element-caption">Results &amp; seats</figcaption></figure>\n<!-- /wp:table -->';

/** An editor holding the pulled table, as the story view loads it. */
function pulled(): LexicalEditor {
  const e = headlessEditor();
  e.setEditorState(e.parseEditorState(JSON.stringify(wordpressToBody(PULLED, window))));
  return e;
}

describe('a table caption in the editor', () => {
  it('reads the pulled caption and footer row from the table state', () => {
    const e = pulled();
    e.getEditorState().read(() => {
      expect($tableCaption(table())).toBe('Results & seats');
      expect($tableFooterRowCount(table())).toBe(1);
      expect($tableFooterRows(table(), $tableHasHeaderRow(table())).map((row) => row.getTextContent().replace(/\s+/g, ''))).toEqual(['Total7']);
    });
  });

  it('saves a typed caption into the published figcaption, escaped, on one line, and keeps the layout and footer', () => {
    const e = pulled();
    run(e, () => $setTableCaption(table(), 'Seats <won>\nin 2026'));
    const markup = published(e);
    expect(markup).toContain('<figcaption class="wp-element-caption">Seats &lt;won&gt; in 2026</figcaption>');
    expect(markup).toContain('<tfoot><tr><td>Total</td><td>7</td></tr></tfoot>');
    expect(markup).toContain('<table><thead>'); // automatic layout kept (no has-fixed-layout)
  });

  it('removing the caption removes the figcaption and leaves nothing under `$.caption`', () => {
    const e = pulled();
    run(e, () => $setTableCaption(table(), ''));
    expect(published(e)).not.toContain('figcaption');
    const json = e.getEditorState().toJSON().root.children.find((n) => n.type === 'table') as unknown as { $?: Record<string, unknown> };
    expect(json.$?.caption).toBeUndefined();
    expect(json.$?.footerRows).toBe(1);
  });

  it('undo brings the caption back (it is Lexical state, not the field’s)', () => {
    const e = pulled();
    const before = e.getEditorState();
    run(e, () => $setTableCaption(table(), 'Changed'));
    e.setEditorState(before);
    expect(published(e)).toContain('>Results &amp; seats</figcaption>');
  });

  it('"Footer row" turns the last row into the footer and back', () => {
    const e = pulled();
    run(e, () => $toggleFooterRow(table()));
    expect(published(e)).not.toContain('<tfoot>');
    expect(published(e)).toContain('<tbody><tr><td>Green</td><td>4</td></tr><tr><td>Red</td><td>3</td></tr><tr><td>Total</td><td>7</td></tr></tbody>');
    run(e, () => $toggleFooterRow(table()));
    expect(published(e)).toContain('<tfoot><tr><td>Total</td><td>7</td></tr></tfoot>');
  });
});
