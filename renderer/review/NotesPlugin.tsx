import { $wrapSelectionInMarkNode } from '@lexical/mark';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $getNodeByKey, $isRangeSelection, $setSelection, COMMAND_PRIORITY_EDITOR, COMMAND_PRIORITY_LOW, KEY_DOWN_COMMAND, type RangeSelection } from 'lexical';
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { errorMessage } from '../../shared/contract/result';
import { ErrorAlert } from '../app/ErrorAlert';
import { count } from '../app/format';
import { call } from '../bridge/api';
import { clearHighlight, setHighlight } from '../editor/highlights';
import { $selectionSeen } from '../editor/selection-from-dom';
import { OPEN_NOTE_COMPOSER_COMMAND } from '../editor/note-command';
import { placeCards } from './note-layout';
import { NoteCard } from './NoteCard';
import { NoteComposer } from './NoteComposer';
import { DRAFT, selectNoteText, useNoteAnchors } from './use-note-anchors';
import { useNotes } from './use-notes';

/** The text a note is being written about: the selection as it was, its words, and its place on screen. */
interface Draft {
  selection: RangeSelection;
  quote: string;
  range: Range | null;
}

const GAP = 8;

/**
 * Add note (the toolbar's tool, or Ctrl/Cmd+Alt+M) opens a draft on the selected text; the text stays
 * highlighted while the note is written in the margin.
 */
function useDraft(onError: (message: string | null) => void) {
  const [editor] = useLexicalComposerContext();
  const [draft, setDraft] = useState<Draft | null>(null);
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          OPEN_NOTE_COMPOSER_COMMAND,
          () => {
            // Read, not set: setting it would take the focus back from the note being written.
            const selection = $selectionSeen(editor);
            if (!$isRangeSelection(selection) || selection.isCollapsed()) {
              onError('Select the text the note is about first.');
              return true;
            }
            const dom = window.getSelection();
            const range = dom && dom.rangeCount > 0 ? dom.getRangeAt(0).cloneRange() : null;
            setDraft({ selection: selection.clone(), quote: selection.getTextContent(), range });
            onError(null);
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
        editor.registerCommand(
          KEY_DOWN_COMMAND,
          (event) => {
            if (!(event.ctrlKey || event.metaKey) || !event.altKey || event.code !== 'KeyM') return false;
            event.preventDefault();
            return editor.dispatchCommand(OPEN_NOTE_COMPOSER_COMMAND, undefined);
          },
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor, onError],
  );
  useEffect(() => {
    if (draft?.range) setHighlight('pw-note-draft', [draft.range]);
    return () => clearHighlight('pw-note-draft');
  }, [draft]);
  return [draft, setDraft] as const;
}

/**
 * Where each card (and the draft) sits: measured after every render (cards grow with their threads),
 * placed beside its anchor, below the margin's heading.
 */
function useCardTops(margin: HTMLElement | null, head: RefObject<HTMLElement | null>, anchors: ReturnType<typeof useNoteAnchors>) {
  const [tops, setTops] = useState<ReadonlyMap<string, number>>(new Map());
  useLayoutEffect(() => {
    if (!margin) return;
    const floor = anchors.bodyTop + (head.current?.offsetHeight ?? 0) + GAP;
    const cards = [...margin.querySelectorAll<HTMLElement>('[data-note]')].map((el) => {
      const id = el.dataset.note!;
      return { id, anchorTop: anchors.tops.get(id) ?? null, height: el.offsetHeight };
    });
    const next = placeCards(cards, floor, GAP);
    setTops((prev) => (prev.size === next.size && [...next].every(([id, top]) => prev.get(id) === top) ? prev : next));
  });
  return tops;
}

/**
 * Editorial notes in a margin beside the text, as in Word and Docs: the selected text is wrapped in a
 * MarkNode carrying the note's id (saved with the body, stripped before publishing), the thread lives
 * in the notes tables, and each note's card sits beside its text; its quote selects that text.
 */
export function NotesPlugin({ storyId, flush }: { storyId: string; flush: () => Promise<void> }) {
  const [editor] = useLexicalComposerContext();
  const { notes, error: loadError, refresh } = useNotes(storyId);
  const [showResolved, setShowResolved] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [draft, setDraft] = useDraft(setError);
  const [margin, setMargin] = useState<HTMLElement | null>(null);
  const head = useRef<HTMLDivElement>(null);
  const report = (e: unknown) => setError(errorMessage(e));

  const resolvedIds = notes.filter((n) => n.resolvedAt !== null).map((n) => n.id);
  const anchors = useNoteAnchors(margin, resolvedIds, draft?.range ?? null);
  const tops = useCardTops(margin, head, anchors);

  const act = async (fn: () => Promise<unknown>): Promise<boolean> => {
    try {
      await fn();
      setError(null);
      await refresh();
      return true;
    } catch (e) {
      report(e);
      return false;
    }
  };

  const save = async (text: string) => {
    if (!draft) return;
    const noteId = crypto.randomUUID();
    let wrapped = false;
    editor.update(
      () => {
        // The selection as it was when Add note was pressed; gone if its text was deleted meanwhile.
        if (!$getNodeByKey(draft.selection.anchor.key) || !$getNodeByKey(draft.selection.focus.key)) return;
        $setSelection(draft.selection);
        $wrapSelectionInMarkNode(draft.selection, draft.selection.isBackward(), noteId);
        wrapped = true;
      },
      { discrete: true },
    );
    if (!wrapped) {
      setError('The text this note was about has changed; select it again.');
      return;
    }
    // The draft stays until the note is stored and listed, so the margin never empties in between.
    await act(async () => (await flush(), call('addNote', { storyId, noteId, quote: draft.quote, text })));
    setDraft(null);
  };

  const open = notes.filter((n) => n.resolvedAt === null);
  const shown = showResolved ? notes : open;
  // No notes, no margin: the text keeps the page's full width until the first note.
  if (notes.length === 0 && !draft && !error && !loadError) return null;
  return (
    <section className="notes-margin" aria-label="Notes" ref={setMargin}>
      <div className="notes-head" ref={head} style={{ top: anchors.bodyTop }}>
        <h3>{count(open.length, 'open note')}</h3>
        {notes.length > open.length && (
          <label className="check">
            <input type="checkbox" checked={showResolved} onChange={(e) => setShowResolved(e.target.checked)} /> Show resolved
          </label>
        )}
        <ErrorAlert message={error ?? (loadError ? errorMessage(loadError) : null)} />
      </div>
      <ul className="note-list" aria-label="Open notes">
        {shown.map((n) => (
          <NoteCard
            key={n.id}
            note={n}
            top={tops.get(n.id)}
            onSelect={() => selectNoteText(editor, n.id)}
            onReply={(text) => act(() => call('replyToNote', { noteId: n.id, text }))}
            onResolved={(resolved) => void act(() => call('setNoteResolved', { noteId: n.id, resolved }))}
          />
        ))}
      </ul>
      {draft && (
        <NoteComposer
          quote={draft.quote}
          top={tops.get(DRAFT)}
          onSave={(text) => void save(text)}
          onCancel={() => setDraft(null)}
        />
      )}
    </section>
  );
}
