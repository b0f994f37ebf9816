import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, SKIP_DOM_SELECTION_TAG, type NodeKey } from 'lexical';
import { useEffect, useState } from 'react';
import { $footnoteNumbers, $isFootnoteNode } from '../../../shared/content/nodes';
import { EditorFootnoteNode } from '../nodes/EditorFootnoteNode';
import { footnoteFieldId, footnoteNumbersOf } from '../nodes/footnote-numbers';

interface Note {
  key: NodeKey;
  number: number;
  note: string;
}

/**
 * Numbers footnote marks by their order in the story, renumbering whenever one is added, moved or
 * deleted, and lists the notes under the body for editing.
 */
export function FootnotesPlugin() {
  const [editor] = useLexicalComposerContext();
  const [notes, setNotes] = useState<Note[]>([]);

  useEffect(() => {
    const store = footnoteNumbersOf(editor);
    const refresh = () => {
      const next = editor.getEditorState().read(() => {
        const numbers = $footnoteNumbers();
        const list: Note[] = [];
        for (const [key, number] of numbers) {
          const node = $getNodeByKey(key);
          if ($isFootnoteNode(node)) list.push({ key, number, note: node.getNote() });
        }
        return { numbers, list };
      });
      store.set(next.numbers);
      setNotes(next.list);
    };
    refresh();
    // Moving a mark (cut and paste, drag, undo) destroys and recreates it, so mutations cover moves.
    return editor.registerMutationListener(EditorFootnoteNode, refresh, { skipInitialization: true });
  }, [editor]);

  if (notes.length === 0) return null;
  return (
    <section className="footnotes" aria-label="Footnotes">
      <h2 className="footnotes-title">Notes</h2>
      <ol>
        {notes.map((n) => (
          <li key={n.key} value={n.number}>
            <FootnoteField nodeKey={n.key} number={n.number} note={n.note} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function FootnoteField({ nodeKey, number, note }: { nodeKey: NodeKey; number: number; note: string }) {
  const [editor] = useLexicalComposerContext();
  const [value, setValue] = useState(note);
  useEffect(() => setValue(note), [note]);
  return (
    <textarea
      id={footnoteFieldId(nodeKey)}
      className="footnote-note"
      aria-label={`Footnote ${number} text`}
      rows={1}
      value={value}
      onChange={(e) => {
        const next = e.target.value;
        setValue(next);
        // The note is edited outside the body: without the tag, Lexical would put the DOM
        // selection (and so the focus) back into the body after every keystroke.
        editor.update(
          () => {
            const node = $getNodeByKey(nodeKey);
            if ($isFootnoteNode(node)) node.setNote(next);
          },
          { tag: SKIP_DOM_SELECTION_TAG },
        );
      }}
    />
  );
}
