import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $isMarkNode, $wrapSelectionInMarkNode, MarkNode } from '@lexical/mark';
import { $getNodeByKey, $getSelection, $isRangeSelection, type NodeKey } from 'lexical';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Note } from '../../shared/review/note-schema';
import { errorMessage } from '../../shared/contract/result';
import { call } from '../bridge/api';
import { ErrorAlert } from '../app/ErrorAlert';
import { formatDateTime } from '../app/format';


/**
 * Editorial notes on the body: the selected text is wrapped in a MarkNode carrying the note's id
 * (saved with the body, stripped before publishing); the thread lives in the notes tables.
 */
export function NotesPlugin({ storyId, flush }: { storyId: string; flush: () => Promise<void> }) {
  const [editor] = useLexicalComposerContext();
  const [notes, setNotes] = useState<Note[]>([]);
  const [draft, setDraft] = useState('');
  const [replies, setReplies] = useState<Record<string, string>>({});
  const [showResolved, setShowResolved] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const report = (e: unknown) => setError(errorMessage(e));

  const refresh = useCallback(() => call('listNotes', { storyId }).then(setNotes, report), [storyId]);
  useEffect(() => void refresh(), [refresh]);

  // A resolved note keeps its anchor in the text (reopening needs it) but loses its highlight.
  const markKeys = useRef(new Set<NodeKey>());
  useEffect(() => {
    const resolved = new Set(notes.filter((n) => n.resolvedAt !== null).map((n) => n.id));
    const paint = (key: NodeKey) => {
      const ids = editor.getEditorState().read(() => {
        const node = $getNodeByKey(key);
        return $isMarkNode(node) ? node.getIDs() : [];
      });
      editor.getElementByKey(key)?.classList.toggle('note-resolved', ids.length > 0 && ids.every((id) => resolved.has(id)));
    };
    for (const key of markKeys.current) paint(key);
    return editor.registerMutationListener(
      MarkNode,
      (mutations) => {
        for (const [key, mutation] of mutations) {
          if (mutation === 'destroyed') markKeys.current.delete(key);
          else {
            markKeys.current.add(key);
            paint(key);
          }
        }
      },
      { skipInitialization: false },
    );
  }, [editor, notes]);

  const add = async () => {
    const noteId = crypto.randomUUID();
    let quote = '';
    editor.update(
      () => {
        const selection = $getSelection();
        if (!$isRangeSelection(selection) || selection.isCollapsed()) return;
        quote = selection.getTextContent();
        $wrapSelectionInMarkNode(selection, selection.isBackward(), noteId);
      },
      { discrete: true },
    );
    if (quote === '') {
      setError('Select the text the note is about first.');
      return;
    }
    try {
      await flush();
      await call('addNote', { storyId, noteId, quote, text: draft });
      setDraft('');
      setError(null);
      await refresh();
    } catch (e) {
      report(e);
    }
  };

  const act = async (fn: () => Promise<unknown>) => {
    try {
      await fn();
      setError(null);
      await refresh();
    } catch (e) {
      report(e);
    }
  };

  const open = notes.filter((n) => n.resolvedAt === null);
  const shown = showResolved ? notes : open;
  return (
    <section className="notes-panel" aria-label="Notes">
      <div className="note-add">
        <input
          aria-label="New note"
          placeholder="Select text, write a note"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onMouseDown={() => editor.getEditorState()}
        />
        <button type="button" disabled={draft.trim() === ''} onMouseDown={(e) => e.preventDefault()} onClick={() => void add()}>
          Add note
        </button>
        <label className="check">
          <input type="checkbox" checked={showResolved} onChange={(e) => setShowResolved(e.target.checked)} /> Show resolved
        </label>
      </div>
      <ErrorAlert message={error} />
      <h3>{open.length === 1 ? '1 open note' : `${open.length} open notes`}</h3>
      <ul className="note-list" aria-label="Open notes">
        {shown.map((n) => (
          <li key={n.id} className={n.resolvedAt ? 'note resolved' : 'note'}>
            <blockquote>{n.quote}</blockquote>
            {n.messages.map((m) => (
              <p key={m.id}>
                <strong>{m.author || 'Unnamed'}</strong> <span className="muted">{formatDateTime(m.at)}</span>: {m.text}
              </p>
            ))}
            {n.resolvedAt === null ? (
              <div className="note-actions">
                <input
                  aria-label="Reply"
                  placeholder="Reply"
                  value={replies[n.id] ?? ''}
                  onChange={(e) => setReplies((r) => ({ ...r, [n.id]: e.target.value }))}
                />
                <button
                  type="button"
                  disabled={(replies[n.id] ?? '').trim() === ''}
                  onClick={() => void act(async () => (await call('replyToNote', { noteId: n.id, text: replies[n.id]! }), setReplies((r) => ({ ...r, [n.id]: '' }))))}
                >
                  Reply
                </button>
                <button type="button" onClick={() => void act(() => call('setNoteResolved', { noteId: n.id, resolved: true }))}>
                  Resolve
                </button>
              </div>
            ) : (
              <button type="button" onClick={() => void act(() => call('setNoteResolved', { noteId: n.id, resolved: false }))}>
                Reopen
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
