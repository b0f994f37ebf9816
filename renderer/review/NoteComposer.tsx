import { useEffect, useRef, useState } from 'react';

import { DRAFT } from './use-note-anchors';

export interface NoteComposerProps {
  quote: string;
  top: number | undefined;
  onSave: (text: string) => void;
  onCancel: () => void;
}

/** A new note beside the text it is about, written in the margin; Ctrl+Enter saves it, Escape drops it. */
export function NoteComposer({ quote, top, onSave, onCancel }: NoteComposerProps) {
  const [text, setText] = useState('');
  const save = () => text.trim() !== '' && onSave(text);
  // The caret goes to the note once the draft is placed beside its text (hidden until then, it cannot take focus).
  const field = useRef<HTMLTextAreaElement>(null);
  const placed = top !== undefined;
  useEffect(() => {
    if (placed) field.current?.focus({ preventScroll: true });
  }, [placed]);
  return (
    <div className="note-card note-composer" role="group" aria-label="New note" data-note={DRAFT} style={{ top: top ?? 0, visibility: top === undefined ? 'hidden' : undefined }}>
      <p className="note-quote-draft">{quote}</p>
      <textarea
        aria-label="New note"
        placeholder="Write a note on this text"
        rows={2}
        ref={field}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) save();
          if (e.key === 'Escape') onCancel();
        }}
      />
      <div className="note-actions">
        <button type="button" className="primary" disabled={text.trim() === ''} onClick={save}>
          Save note
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
