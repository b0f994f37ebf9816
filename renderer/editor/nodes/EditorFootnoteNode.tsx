import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $create, type NodeKey } from 'lexical';
import { useRef, useSyncExternalStore, type JSX } from 'react';
import { FootnoteNode } from '../../../shared/content/nodes';
import { footnoteFieldId, footnoteNumbersOf } from './footnote-numbers';
import { useIsolateFromEditor } from './isolate-from-editor';

function FootnoteMark({ nodeKey }: { nodeKey: NodeKey }) {
  const [editor] = useLexicalComposerContext();
  const ref = useRef<HTMLButtonElement>(null);
  useIsolateFromEditor(ref);
  const store = footnoteNumbersOf(editor);
  const n = useSyncExternalStore(store.subscribe, () => store.numberOf(nodeKey));
  return (
    <button
      ref={ref}
      type="button"
      className="footnote-mark"
      aria-label={`Footnote ${n}`}
      onClick={() => document.getElementById(footnoteFieldId(nodeKey))?.focus()}
    >
      {n}
    </button>
  );
}

/** A footnote reference: a superscript number; its note is edited in the list under the body. */
export class EditorFootnoteNode extends FootnoteNode {
  override $config() {
    return this.config('footnote', { extends: FootnoteNode });
  }

  override decorate(): JSX.Element {
    return <FootnoteMark nodeKey={this.getKey()} />;
  }
}

export function $createEditorFootnoteNode(note = ''): EditorFootnoteNode {
  return $create(EditorFootnoteNode).setFields({ note });
}
