import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { ListItemNode, ListNode } from '@lexical/list';
import { LinkNode } from '@lexical/link';
import { MarkNode } from '@lexical/mark';
import type { EditorState } from 'lexical';
import { useState, type ReactNode } from 'react';
import type { BodyState } from '../../shared/story/story-schema';
import { editorTheme } from './editor-theme';

export interface BodyEditorProps {
  initialBody: BodyState;
  onChange: (state: EditorState) => void;
  onBlur?: () => void;
  /** Plugins from other capabilities (review notes, media drop…), mounted inside the composer. */
  children?: ReactNode;
}

export function BodyEditor({ initialBody, onChange, onBlur, children }: BodyEditorProps) {
  // Created once per story: the story view is keyed by story id.
  const [initialConfig] = useState<InitialConfigType>(() => ({
      namespace: 'presswork-body',
      theme: editorTheme,
      nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode, MarkNode],
      editorState: JSON.stringify(initialBody),
      onError(error) {
        // A Lexical invariant is a bug; surface it rather than silently dropping the edit.
        console.error(error);
      },
  }));
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className="body-editor">
        <RichTextPlugin
          contentEditable={
            <ContentEditable className="body-input" aria-label="Body" spellCheck onBlur={onBlur} aria-multiline="true" />
          }
          placeholder={<div className="body-placeholder">Write the story…</div>}
          ErrorBoundary={LexicalErrorBoundary}
        />
        <HistoryPlugin />
        <ListPlugin />
        <LinkPlugin />
        <OnChangePlugin ignoreSelectionChange onChange={onChange} />
        {children}
      </div>
    </LexicalComposer>
  );
}
