import { createEmptyHistoryState, type HistoryState } from '@lexical/history';
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { TablePlugin } from '@lexical/react/LexicalTablePlugin';
import type { EditorState } from 'lexical';
import { memo, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { isAllowedLinkUrl } from '../../shared/content/link-policy';
import { cleanStoredBody } from '../../shared/content/stored-body-cleaning';
import type { BodyState } from '../../shared/story/story-schema';
import type { TextCounts } from './counts/story-counts';
import { editorTheme } from './editor-theme';
import { libraryThumbnail } from './media/library-thumbnail';
import { editorNodes } from './nodes';
import { ThumbnailResolverContext, type ThumbnailResolver } from './nodes/media-thumbnail';
import { BlockTypePlugin } from './plugins/BlockTypePlugin';
import { CappedHistoryPlugin } from './plugins/CappedHistoryPlugin';
import { CardMovePlugin } from './plugins/CardMovePlugin';
import { CardRemovalPlugin } from './plugins/CardRemovalPlugin';
import { FindReplacePlugin } from './plugins/FindReplacePlugin';
import { FootnotesPlugin } from './plugins/FootnotesPlugin';
import { InsertBlocksPlugin } from './plugins/InsertBlocksPlugin';
import { InsertDialogPlugin } from './plugins/InsertDialogPlugin';
import { KeyboardShortcutsPlugin } from './plugins/KeyboardShortcutsPlugin';
import { LinkEditorPlugin } from './plugins/LinkEditorPlugin';
import { ListIndentPlugin } from './plugins/ListIndentPlugin';
import { MarkdownShortcutsPlugin } from './plugins/MarkdownShortcutsPlugin';
import { PastePlugin } from './plugins/PastePlugin';
import { PreformattedPlugin } from './plugins/PreformattedPlugin';
import { QuotationPlugin } from './plugins/QuotationPlugin';
import { SlashMenuPlugin } from './plugins/SlashMenuPlugin';
import { SmartQuotesPlugin } from './plugins/SmartQuotesPlugin';
import { StoryCountsPlugin } from './plugins/StoryCountsPlugin';
import { TAB_HINT, TabStaysInTextPlugin } from './plugins/TabStaysInTextPlugin';
import { DetailsPlugin } from './plugins/DetailsPlugin';
import { TableCaptionPlugin } from './plugins/TableCaptionPlugin';
import { TableEditingPlugin } from './plugins/TableEditingPlugin';
import { TableToolbarPlugin } from './plugins/TableToolbarPlugin';
import { TkHighlightPlugin } from './plugins/TkHighlightPlugin';
import { ToolbarPlugin } from './plugins/ToolbarPlugin';

export interface BodyEditorProps {
  initialBody: BodyState;
  onChange: (state: EditorState) => void;
  onBlur?: () => void;
  /** Live counts (words, characters, TKs), e.g. to flag a story that still has TKs. */
  onCounts?: (counts: TextCounts) => void;
  /** Finds an image's thumbnail URL; the media library by default. Images show a placeholder without one. */
  resolveThumbnail?: ThumbnailResolver;
  /** Plugins from other capabilities (review notes, media drop…), mounted inside the composer. */
  children?: ReactNode;
  /** Shows Add note in the toolbar: one of the children handles OPEN_NOTE_COMPOSER_COMMAND. */
  noteTool?: boolean;
}

interface SurfaceCallbacks {
  onChange: (state: EditorState) => void;
  onBlur: () => void;
  onCounts: (counts: TextCounts) => void;
}

/**
 * Everything inside the composer except the host's plugins. Memoised with stable props: the story
 * view re-renders on every keystroke (its save status changes), and that must not re-render the
 * toolbar and every plugin while the writer types.
 */
const EditorSurface = memo(function EditorSurface({ callbacks, historyState, noteTool }: { callbacks: SurfaceCallbacks; historyState: HistoryState; noteTool: boolean }) {
  const hint = useId();
  return (
    <>
      <ToolbarPlugin noteTool={noteTool} />
      <FindReplacePlugin />
      <div className="body-surface">
        <RichTextPlugin
          contentEditable={
            <ContentEditable className="body-input" aria-label="Body" aria-describedby={hint} spellCheck onBlur={callbacks.onBlur} aria-multiline="true" />
          }
          placeholder={<div className="body-placeholder">Write the story… (type / to insert)</div>}
          ErrorBoundary={LexicalErrorBoundary}
        />
        <p id={hint} className="visually-hidden">
          {TAB_HINT}
        </p>
        <LinkEditorPlugin />
        <InsertDialogPlugin />
        <TableToolbarPlugin />
        <TableCaptionPlugin />
      </div>
      <FootnotesPlugin />
      <StoryCountsPlugin onCounts={callbacks.onCounts} />
      <CappedHistoryPlugin historyState={historyState} />
      <ListPlugin />
      <ListIndentPlugin />
      <LinkPlugin validateUrl={isAllowedLinkUrl} />
      <TablePlugin hasCellMerge={false} hasCellBackgroundColor={false} hasTabHandler={false} />
      <TableEditingPlugin />
      <BlockTypePlugin />
      <QuotationPlugin />
      <DetailsPlugin />
      <PreformattedPlugin />
      <InsertBlocksPlugin />
      <CardRemovalPlugin />
      <CardMovePlugin />
      <KeyboardShortcutsPlugin />
      <MarkdownShortcutsPlugin />
      <SlashMenuPlugin />
      <PastePlugin />
      <SmartQuotesPlugin />
      <TabStaysInTextPlugin />
      <TkHighlightPlugin />
      <OnChangePlugin ignoreSelectionChange onChange={callbacks.onChange} />
    </>
  );
});

export function BodyEditor({ initialBody, onChange, onBlur, onCounts, resolveThumbnail, children, noteTool = false }: BodyEditorProps) {
  // Created once per story: the story view is keyed by story id.
  const [initialConfig] = useState<InitialConfigType>(() => ({
    namespace: 'presswork-body',
    theme: editorTheme,
    nodes: [...editorNodes],
    // Lexical keeps a javascript: URL or an inline style in its JSON and applies the style, so a
    // stored story is cleaned again as it opens.
    editorState: JSON.stringify(cleanStoredBody(initialBody).body),
    onError(error) {
      // A Lexical invariant is a bug; surface it rather than silently dropping the edit.
      console.error(error);
    },
  }));
  const [historyState] = useState(createEmptyHistoryState);
  // The host's latest callbacks, reached through stable functions (see EditorSurface).
  const latest = useRef({ onChange, onBlur, onCounts, resolveThumbnail });
  useLayoutEffect(() => {
    latest.current = { onChange, onBlur, onCounts, resolveThumbnail };
  });
  const [callbacks] = useState<SurfaceCallbacks>(() => ({
    onChange: (state) => latest.current.onChange(state),
    onBlur: () => latest.current.onBlur?.(),
    onCounts: (counts) => latest.current.onCounts?.(counts),
  }));
  const [resolver] = useState<ThumbnailResolver>(() => (mediaId: string) => (latest.current.resolveThumbnail ?? libraryThumbnail)(mediaId));
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <ThumbnailResolverContext.Provider value={resolver}>
        <div className="body-editor">
          <EditorSurface callbacks={callbacks} historyState={historyState} noteTool={noteTool} />
          {children}
        </div>
      </ThumbnailResolverContext.Provider>
    </LexicalComposer>
  );
}
