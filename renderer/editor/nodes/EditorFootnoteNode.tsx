import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $applyNodeReplacement, type NodeKey } from 'lexical';
import { useRef, useSyncExternalStore, type JSX } from 'react';
import { FOOTNOTE_VERSION, FootnoteNode, migrateNodeJSON, stringField } from '../../../shared/content/nodes';
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
  static override getType(): string {
    return 'footnote';
  }

  static override clone(node: EditorFootnoteNode): EditorFootnoteNode {
    return new EditorFootnoteNode(node.__note, node.__key);
  }

  static override importJSON(json: Record<string, unknown>): EditorFootnoteNode {
    const current = migrateNodeJSON('footnote', json, FOOTNOTE_VERSION);
    return $createEditorFootnoteNode(stringField(current, 'note'));
  }

  override decorate(): JSX.Element {
    return <FootnoteMark nodeKey={this.getKey()} />;
  }
}

export function $createEditorFootnoteNode(note = ''): EditorFootnoteNode {
  return $applyNodeReplacement(new EditorFootnoteNode(note));
}
