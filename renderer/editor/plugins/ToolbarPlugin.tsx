import { $isLinkNode } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $findMatchingParent, IS_APPLE, mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $isRangeSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
  type LexicalCommand,
  type TextFormatType,
} from 'lexical';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { $blockTypeOf, type BlockType } from '../block-type';
import { SET_BLOCK_TYPE_COMMAND, TOGGLE_LIST_COMMAND, type TextBlockType } from './BlockTypePlugin';
import { OPEN_FIND_COMMAND } from './FindReplacePlugin';
import { INSERT_FOOTNOTE_COMMAND, INSERT_PULL_QUOTE_COMMAND, INSERT_SEPARATOR_COMMAND } from './InsertBlocksPlugin';
import { OPEN_INSERT_DIALOG_COMMAND } from '../insert-dialog-command';
import { OPEN_NOTE_COMPOSER_COMMAND } from '../note-command';
import { OPEN_LINK_EDITOR_COMMAND } from './LinkEditorPlugin';
import { setSmartQuotes, useSmartQuotesSetting } from '../smart-quotes-setting';
import {
  BulletListIcon,
  EmbedIcon,
  FindIcon,
  FootnoteIcon,
  ImageIcon,
  LinkIcon,
  MoreIcon,
  NoteIcon,
  NumberedListIcon,
  PullQuoteIcon,
  QuoteIcon,
  RedoIcon,
  SeparatorIcon,
  TableIcon,
  UndoIcon,
} from './toolbar-icons';
import { useToolbarOverflow } from './toolbar-overflow';

const MOD = IS_APPLE ? '⌘' : 'Ctrl+';

type Format = { format: TextFormatType; label: string; keys: string; glyph: string };

/** The formats a writer reaches for; the rarer ones (SCRIPTS) sit at the row's end, the first to go under More tools. */
const FORMATS: ReadonlyArray<Format> = [
  { format: 'bold', label: 'Bold', keys: `${MOD}B`, glyph: 'B' },
  { format: 'italic', label: 'Italic', keys: `${MOD}I`, glyph: 'I' },
  { format: 'underline', label: 'Underline', keys: `${MOD}U`, glyph: 'U' },
  { format: 'strikethrough', label: 'Strikethrough', keys: `${MOD}Shift+X`, glyph: 'S' },
];
const SCRIPTS: ReadonlyArray<Format> = [
  { format: 'superscript', label: 'Superscript', keys: `${MOD}.`, glyph: 'x²' },
  { format: 'subscript', label: 'Subscript', keys: `${MOD},`, glyph: 'x₂' },
  { format: 'code', label: 'Inline code', keys: `${MOD}E`, glyph: '</>' },
];
const ALL_FORMATS = [...FORMATS, ...SCRIPTS];

const BLOCKS: ReadonlyArray<{ type: TextBlockType; label: string; keys: string; glyph: ReactNode }> = [
  { type: 'h2', label: 'Subhead (H2)', keys: `${MOD}Alt+2`, glyph: 'H2' },
  { type: 'h3', label: 'Subhead (H3)', keys: `${MOD}Alt+3`, glyph: 'H3' },
  { type: 'h4', label: 'Subhead (H4)', keys: `${MOD}Alt+4`, glyph: 'H4' },
  { type: 'quote', label: 'Quote', keys: '> then space', glyph: <QuoteIcon /> },
];

interface ToolbarState {
  formats: ReadonlySet<TextFormatType>;
  block: BlockType;
  link: boolean;
  /** Some text is selected (a note is written on a selection). */
  range: boolean;
}

const EMPTY: ToolbarState = { formats: new Set(), block: 'paragraph', link: false, range: false };
const signature = (s: ToolbarState) => `${[...s.formats].join(',')}|${s.block}|${s.link}|${s.range}`;

/** A toolbar button that leaves the caret in the body; the table toolbar uses it too. */
export function ToolButton(props: { label: string; keys?: string; pressed?: boolean; expanded?: boolean; disabled?: boolean; onPress: () => void; children: ReactNode }) {
  return (
    <button
      type="button"
      className="tool"
      aria-label={props.label}
      aria-pressed={props.pressed}
      aria-expanded={props.expanded}
      aria-keyshortcuts={props.keys}
      title={props.keys ? `${props.label} (${props.keys})` : props.label}
      disabled={props.disabled}
      // Keep the caret in the body: a toolbar click must not take the selection away.
      onMouseDown={(e) => e.preventDefault()}
      onClick={props.onPress}
    >
      {props.children}
    </button>
  );
}

/** What the toolbar reflects of the selection and the history. */
function useToolbarState() {
  const [editor] = useLexicalComposerContext();
  const [state, setState] = useState<ToolbarState>(EMPTY);
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => {
          const next = editorState.read(() => {
            const selection = $getSelection();
            if (!$isRangeSelection(selection)) return EMPTY;
            const formats = new Set<TextFormatType>();
            for (const f of ALL_FORMATS) if (selection.hasFormat(f.format)) formats.add(f.format);
            const link = $findMatchingParent(selection.anchor.getNode(), $isLinkNode) !== null;
            return { formats, block: $blockTypeOf(selection), link, range: !selection.isCollapsed() };
          });
          setState((prev) => (signature(prev) === signature(next) ? prev : next));
        }),
        editor.registerCommand(CAN_UNDO_COMMAND, (v) => (setCanUndo(v), false), COMMAND_PRIORITY_LOW),
        editor.registerCommand(CAN_REDO_COMMAND, (v) => (setCanRedo(v), false), COMMAND_PRIORITY_LOW),
      ),
    [editor],
  );
  return { ...state, canUndo, canRedo };
}

/** The tools that do not fit the row, under one button; a tool pressed there closes the menu. */
function MoreTools({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const away = (e: MouseEvent) => {
      if (!ref.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', away);
    return () => document.removeEventListener('mousedown', away);
  }, [open]);
  return (
    <div className="tool-more" ref={ref} onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
      <ToolButton label="More tools" expanded={open} onPress={() => setOpen((o) => !o)}>
        <MoreIcon />
      </ToolButton>
      {open && (
        <div className="tool-more-menu" role="group" aria-label="More tools" onClick={() => setOpen(false)}>
          {children}
        </div>
      )}
    </div>
  );
}

/**
 * The body's toolbar, one row that stays above the text: formats and blocks reflect the selection
 * (aria-pressed); the groups that do not fit the row's width go, last first, under More tools.
 */
export function ToolbarPlugin({ noteTool = false }: { noteTool?: boolean }) {
  const [editor] = useLexicalComposerContext();
  const state = useToolbarState();
  const smartQuotes = useSmartQuotesSetting();
  const run = <P,>(command: LexicalCommand<P>, payload: P) => () => {
    editor.dispatchCommand(command, payload);
  };
  const format = (f: Format) => (
    <ToolButton key={f.format} label={f.label} keys={f.keys} pressed={state.formats.has(f.format)} onPress={run(FORMAT_TEXT_COMMAND, f.format)}>
      <span className={`glyph glyph-${f.format}`}>{f.glyph}</span>
    </ToolButton>
  );

  const groups: ReactNode[] = [
    <>
      <ToolButton label="Undo" keys={`${MOD}Z`} disabled={!state.canUndo} onPress={run(UNDO_COMMAND, undefined)}>
        <UndoIcon />
      </ToolButton>
      <ToolButton label="Redo" keys={IS_APPLE ? '⌘Shift+Z' : 'Ctrl+Y'} disabled={!state.canRedo} onPress={run(REDO_COMMAND, undefined)}>
        <RedoIcon />
      </ToolButton>
    </>,
    <>
      {FORMATS.map(format)}
      <ToolButton label="Link" keys={`${MOD}K`} pressed={state.link} onPress={run(OPEN_LINK_EDITOR_COMMAND, undefined)}>
        <LinkIcon />
      </ToolButton>
      {noteTool && (
        <ToolButton label="Add note" keys={`${MOD}Alt+M`} disabled={!state.range} onPress={run(OPEN_NOTE_COMPOSER_COMMAND, undefined)}>
          <NoteIcon />
        </ToolButton>
      )}
    </>,
    <>
      {BLOCKS.map((b) => (
        <ToolButton key={b.type} label={b.label} keys={b.keys} pressed={state.block === b.type} onPress={run(SET_BLOCK_TYPE_COMMAND, b.type)}>
          {b.glyph}
        </ToolButton>
      ))}
      <ToolButton label="Bulleted list" keys={`${MOD}Shift+8`} pressed={state.block === 'bullet'} onPress={run(TOGGLE_LIST_COMMAND, 'bullet')}>
        <BulletListIcon />
      </ToolButton>
      <ToolButton label="Numbered list" keys={`${MOD}Shift+7`} pressed={state.block === 'number'} onPress={run(TOGGLE_LIST_COMMAND, 'number')}>
        <NumberedListIcon />
      </ToolButton>
    </>,
    <>
      <ToolButton label="Pull quote" onPress={run(INSERT_PULL_QUOTE_COMMAND, {})}>
        <PullQuoteIcon />
      </ToolButton>
      <ToolButton label="Image" onPress={run(OPEN_INSERT_DIALOG_COMMAND, 'image')}>
        <ImageIcon />
      </ToolButton>
      <ToolButton label="Embed" onPress={run(OPEN_INSERT_DIALOG_COMMAND, 'embed')}>
        <EmbedIcon />
      </ToolButton>
      <ToolButton label="Table" onPress={run(OPEN_INSERT_DIALOG_COMMAND, 'table')}>
        <TableIcon />
      </ToolButton>
      <ToolButton label="Separator" onPress={run(INSERT_SEPARATOR_COMMAND, undefined)}>
        <SeparatorIcon />
      </ToolButton>
      <ToolButton label="Footnote" onPress={run(INSERT_FOOTNOTE_COMMAND, {})}>
        <FootnoteIcon />
      </ToolButton>
    </>,
    <>{SCRIPTS.map(format)}</>,
    <>
      <ToolButton label="Find and replace" keys={`${MOD}F`} onPress={run(OPEN_FIND_COMMAND, { replace: false })}>
        <FindIcon />
      </ToolButton>
      <ToolButton label="Smart quotes" pressed={smartQuotes} onPress={() => setSmartQuotes(!smartQuotes)}>
        <span className="glyph">“”</span>
      </ToolButton>
    </>,
  ];

  const toolbar = useRef<HTMLDivElement>(null);
  const shown = useToolbarOverflow(toolbar, groups.length);
  return (
    <div className="body-toolbar" role="toolbar" aria-label="Formatting" ref={toolbar}>
      {groups.slice(0, shown).map((group, i) => (
        <div key={i} className="tool-group" data-tool-group={i}>
          {group}
        </div>
      ))}
      {shown < groups.length && (
        <MoreTools>
          {groups.slice(shown).map((group, i) => (
            <div key={shown + i} className="tool-group">
              {group}
            </div>
          ))}
        </MoreTools>
      )}
    </div>
  );
}
