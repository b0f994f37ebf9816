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
import { useEffect, useState, type ReactNode } from 'react';
import { $blockTypeOf, type BlockType } from '../block-type';
import { SET_BLOCK_TYPE_COMMAND, TOGGLE_LIST_COMMAND, type TextBlockType } from './BlockTypePlugin';
import { OPEN_FIND_COMMAND } from './FindReplacePlugin';
import { INSERT_FOOTNOTE_COMMAND, INSERT_PULL_QUOTE_COMMAND, INSERT_SEPARATOR_COMMAND } from './InsertBlocksPlugin';
import { OPEN_INSERT_DIALOG_COMMAND } from '../insert-dialog-command';
import { OPEN_LINK_EDITOR_COMMAND } from './LinkEditorPlugin';
import { setSmartQuotes, useSmartQuotesSetting } from '../smart-quotes-setting';
import {
  BulletListIcon,
  EmbedIcon,
  FindIcon,
  FootnoteIcon,
  ImageIcon,
  LinkIcon,
  NumberedListIcon,
  PullQuoteIcon,
  QuoteIcon,
  RedoIcon,
  SeparatorIcon,
  TableIcon,
  UndoIcon,
} from './toolbar-icons';

const MOD = IS_APPLE ? '⌘' : 'Ctrl+';

const FORMATS: ReadonlyArray<{ format: TextFormatType; label: string; keys: string; glyph: string }> = [
  { format: 'bold', label: 'Bold', keys: `${MOD}B`, glyph: 'B' },
  { format: 'italic', label: 'Italic', keys: `${MOD}I`, glyph: 'I' },
  { format: 'underline', label: 'Underline', keys: `${MOD}U`, glyph: 'U' },
  { format: 'strikethrough', label: 'Strikethrough', keys: `${MOD}Shift+X`, glyph: 'S' },
  { format: 'superscript', label: 'Superscript', keys: `${MOD}.`, glyph: 'x²' },
  { format: 'subscript', label: 'Subscript', keys: `${MOD},`, glyph: 'x₂' },
  { format: 'code', label: 'Inline code', keys: `${MOD}E`, glyph: '</>' },
];

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
}

const EMPTY: ToolbarState = { formats: new Set(), block: 'paragraph', link: false };
const signature = (s: ToolbarState) => `${[...s.formats].join(',')}|${s.block}|${s.link}`;

/** A toolbar button that leaves the caret in the body; the table toolbar uses it too. */
export function ToolButton(props: { label: string; keys?: string; pressed?: boolean; disabled?: boolean; onPress: () => void; children: ReactNode }) {
  return (
    <button
      type="button"
      className="tool"
      aria-label={props.label}
      aria-pressed={props.pressed}
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

/** The body's toolbar: formats and blocks reflect the selection (aria-pressed). */
export function ToolbarPlugin() {
  const [editor] = useLexicalComposerContext();
  const [state, setState] = useState<ToolbarState>(EMPTY);
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);
  const smartQuotes = useSmartQuotesSetting();

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => {
          const next = editorState.read(() => {
            const selection = $getSelection();
            if (!$isRangeSelection(selection)) return EMPTY;
            const formats = new Set<TextFormatType>();
            for (const f of FORMATS) if (selection.hasFormat(f.format)) formats.add(f.format);
            const link = $findMatchingParent(selection.anchor.getNode(), $isLinkNode) !== null;
            return { formats, block: $blockTypeOf(selection), link };
          });
          setState((prev) => (signature(prev) === signature(next) ? prev : next));
        }),
        editor.registerCommand(CAN_UNDO_COMMAND, (v) => (setCanUndo(v), false), COMMAND_PRIORITY_LOW),
        editor.registerCommand(CAN_REDO_COMMAND, (v) => (setCanRedo(v), false), COMMAND_PRIORITY_LOW),
      ),
    [editor],
  );

  const run = <P,>(command: LexicalCommand<P>, payload: P) => () => {
    editor.dispatchCommand(command, payload);
  };

  return (
    <div className="body-toolbar" role="toolbar" aria-label="Formatting">
      <div className="tool-group">
        <ToolButton label="Undo" keys={`${MOD}Z`} disabled={!canUndo} onPress={run(UNDO_COMMAND, undefined)}>
          <UndoIcon />
        </ToolButton>
        <ToolButton label="Redo" keys={IS_APPLE ? '⌘Shift+Z' : 'Ctrl+Y'} disabled={!canRedo} onPress={run(REDO_COMMAND, undefined)}>
          <RedoIcon />
        </ToolButton>
      </div>
      <div className="tool-group">
        {FORMATS.map((f) => (
          <ToolButton key={f.format} label={f.label} keys={f.keys} pressed={state.formats.has(f.format)} onPress={run(FORMAT_TEXT_COMMAND, f.format)}>
            <span className={`glyph glyph-${f.format}`}>{f.glyph}</span>
          </ToolButton>
        ))}
        <ToolButton label="Link" keys={`${MOD}K`} pressed={state.link} onPress={run(OPEN_LINK_EDITOR_COMMAND, undefined)}>
          <LinkIcon />
        </ToolButton>
      </div>
      <div className="tool-group">
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
      </div>
      <div className="tool-group">
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
      </div>
      <div className="tool-group">
        <ToolButton label="Find and replace" keys={`${MOD}F`} onPress={run(OPEN_FIND_COMMAND, { replace: false })}>
          <FindIcon />
        </ToolButton>
        <ToolButton label="Smart quotes" pressed={smartQuotes} onPress={() => setSmartQuotes(!smartQuotes)}>
          <span className="glyph">“”</span>
        </ToolButton>
      </div>
    </div>
  );
}
