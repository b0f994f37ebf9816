import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { LexicalTypeaheadMenuPlugin, MenuOption, useBasicTypeaheadTriggerMatch } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import { $getSelection, $isRangeSelection, $isTextNode, type LexicalEditor, type TextNode } from 'lexical';
import { useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { SET_BLOCK_TYPE_COMMAND, TOGGLE_LIST_COMMAND } from './BlockTypePlugin';
import { INSERT_FOOTNOTE_COMMAND, INSERT_MORE_COMMAND, INSERT_PAGE_BREAK_COMMAND, INSERT_PULL_QUOTE_COMMAND, INSERT_SEPARATOR_COMMAND } from './InsertBlocksPlugin';
import { OPEN_INSERT_DIALOG_COMMAND } from '../insert-dialog-command';
import { SET_PREFORMATTED_COMMAND } from './PreformattedPlugin';
import { INSERT_DETAILS_COMMAND } from './DetailsPlugin';

class InsertOption extends MenuOption {
  constructor(
    override readonly title: string,
    readonly keywords: readonly string[],
    readonly run: (editor: LexicalEditor) => void,
  ) {
    super(title);
  }
}

const OPTIONS: readonly InsertOption[] = [
  new InsertOption('Subhead H2', ['heading', 'h2', 'subhead', 'title'], (e) => e.dispatchCommand(SET_BLOCK_TYPE_COMMAND, 'h2')),
  new InsertOption('Subhead H3', ['heading', 'h3', 'subhead'], (e) => e.dispatchCommand(SET_BLOCK_TYPE_COMMAND, 'h3')),
  new InsertOption('Subhead H4', ['heading', 'h4', 'subhead'], (e) => e.dispatchCommand(SET_BLOCK_TYPE_COMMAND, 'h4')),
  new InsertOption('Bulleted list', ['list', 'ul', 'bullet', 'unordered'], (e) => e.dispatchCommand(TOGGLE_LIST_COMMAND, 'bullet')),
  new InsertOption('Numbered list', ['list', 'ol', 'number', 'ordered'], (e) => e.dispatchCommand(TOGGLE_LIST_COMMAND, 'number')),
  new InsertOption('Quote', ['blockquote', 'quotation'], (e) => e.dispatchCommand(SET_BLOCK_TYPE_COMMAND, 'quote')),
  new InsertOption('Code', ['code', 'pre', 'monospace', 'snippet'], (e) => e.dispatchCommand(SET_PREFORMATTED_COMMAND, 'code')),
  new InsertOption('Preformatted', ['preformatted', 'pre', 'monospace', 'plain text'], (e) => e.dispatchCommand(SET_PREFORMATTED_COMMAND, 'preformatted')),
  new InsertOption('Verse', ['verse', 'poem', 'poetry', 'lyrics'], (e) => e.dispatchCommand(SET_PREFORMATTED_COMMAND, 'verse')),
  new InsertOption('Pull quote', ['pullquote', 'quote', 'callout'], (e) => e.dispatchCommand(INSERT_PULL_QUOTE_COMMAND, {})),
  new InsertOption('Image', ['photo', 'picture', 'media', 'img'], (e) => e.dispatchCommand(OPEN_INSERT_DIALOG_COMMAND, 'image')),
  new InsertOption('Embed', ['video', 'youtube', 'tweet', 'x', 'instagram', 'facebook', 'vimeo', 'link card'], (e) =>
    e.dispatchCommand(OPEN_INSERT_DIALOG_COMMAND, 'embed'),
  ),
  new InsertOption('Details', ['details', 'summary', 'toggle', 'disclosure', 'hidden', 'spoiler'], (e) => e.dispatchCommand(INSERT_DETAILS_COMMAND, undefined)),
  new InsertOption('Table', ['grid', 'rows', 'columns'], (e) => e.dispatchCommand(OPEN_INSERT_DIALOG_COMMAND, 'table')),
  new InsertOption('Separator', ['divider', 'hr', 'rule', 'break'], (e) => e.dispatchCommand(INSERT_SEPARATOR_COMMAND, undefined)),
  new InsertOption('More (teaser ends here)', ['more', 'read more', 'teaser', 'excerpt'], (e) => e.dispatchCommand(INSERT_MORE_COMMAND, undefined)),
  new InsertOption('Page break', ['page break', 'nextpage', 'next page', 'pagination'], (e) => e.dispatchCommand(INSERT_PAGE_BREAK_COMMAND, undefined)),
  new InsertOption('Footnote', ['note', 'reference', 'citation'], (e) => e.dispatchCommand(INSERT_FOOTNOTE_COMMAND, {})),
];

/** Options whose title or keywords start with (or contain) the typed query. */
export function filterInsertOptions<T extends { title: string; keywords: readonly string[] }>(options: readonly T[], query: string): T[] {
  const q = query.trim().toLowerCase();
  if (q === '') return [...options];
  return options.filter((o) => o.title.toLowerCase().includes(q) || o.keywords.some((k) => k.startsWith(q)));
}

/**
 * Deletes the "/query" that ends at the caret. The typeahead splits the query off by its last
 * resolved match, which under load can lag a keystroke behind; the split then holds only part
 * of the query, so the rest (at least the "/") is found in the text before it.
 */
export function $removeSlashQuery(split: TextNode | null): void {
  let node: TextNode;
  let end: number;
  if (split !== null && split.isAttached()) {
    const before = split.getPreviousSibling();
    const complete = split.getTextContent().startsWith('/');
    $removeKeepingCaret(split);
    if (complete || !$isTextNode(before)) return;
    node = before;
    end = before.getTextContentSize();
  } else {
    const selection = $getSelection();
    if (!$isRangeSelection(selection) || !selection.isCollapsed()) return;
    const anchor = selection.anchor.getNode();
    if (!$isTextNode(anchor)) return;
    node = anchor;
    end = selection.anchor.offset;
  }
  const match = /(^|[\s(])\/[^/\s]*$/.exec(node.getTextContent().slice(0, end));
  if (match === null) return;
  const start = match.index + match[1]!.length;
  node.spliceText(start, end - start, '', true);
  if (node.getTextContentSize() === 0) $removeKeepingCaret(node);
}

function $removeKeepingCaret(node: TextNode): void {
  const before = node.getPreviousSibling();
  const after = node.getNextSibling();
  const parent = node.getParentOrThrow();
  node.remove();
  if ($isTextNode(before)) before.selectEnd();
  else if (after !== null) after.selectStart();
  else parent.selectStart();
}

/** The insert menu: "/" at the start of a word lists what can be inserted; typing filters it. */
export function SlashMenuPlugin() {
  const [editor] = useLexicalComposerContext();
  const [query, setQuery] = useState<string | null>(null);
  const triggerFn = useBasicTypeaheadTriggerMatch('/', { minLength: 0 });
  const options = useMemo(() => filterInsertOptions(OPTIONS, query ?? ''), [query]);

  // Runs inside the menu's own update: the query goes first, in the same update, so the option
  // acts on the line as it will stay (a nested editor.update would only run after the option, and
  // a card inserted then split the line, leaving it empty above the card).
  const onSelectOption = (option: InsertOption, split: TextNode | null, closeMenu: () => void) => {
    $removeSlashQuery(split);
    option.run(editor);
    closeMenu();
  };

  return (
    <LexicalTypeaheadMenuPlugin<InsertOption>
      onQueryChange={setQuery}
      onSelectOption={onSelectOption}
      triggerFn={triggerFn}
      options={options}
      menuRenderFn={(anchor, { selectedIndex, selectOptionAndCleanUp, setHighlightedIndex }) =>
        anchor.current && options.length > 0
          ? createPortal(
              <div className="slash-menu">
                <ul role="listbox" aria-label="Insert">
                  {options.map((option, i) => (
                    <li
                      key={option.key}
                      ref={(el) => option.setRefElement(el)}
                      id={`slash-option-${option.key.replace(/\s+/g, '-')}`}
                      role="option"
                      tabIndex={-1}
                      aria-selected={selectedIndex === i}
                      className={selectedIndex === i ? 'slash-option selected' : 'slash-option'}
                      onMouseEnter={() => setHighlightedIndex(i)}
                      onMouseDown={(e) => e.preventDefault()}
                      onClick={() => {
                        setHighlightedIndex(i);
                        selectOptionAndCleanUp(option);
                      }}
                    >
                      {option.title}
                    </li>
                  ))}
                </ul>
              </div>,
              anchor.current,
            )
          : null
      }
    />
  );
}
