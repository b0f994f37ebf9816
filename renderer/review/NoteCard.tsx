import { useState } from 'react';
import type { Note } from '../../shared/review/note-schema';
import { formatDateTime } from '../app/format';

export interface NoteCardProps {
  note: Note;
  top: number | undefined;
  /** Selects the note's text in the body. */
  onSelect: () => void;
  onReply: (text: string) => Promise<boolean>;
  onResolved: (resolved: boolean) => void;
}

/** One note in the margin, beside its text: the quoted words (which select that text), the thread, and its actions. */
export function NoteCard({ note, top, onSelect, onReply, onResolved }: NoteCardProps) {
  const [reply, setReply] = useState('');
  const resolved = note.resolvedAt !== null;
  return (
    // Placed by the margin's layout (see placeCards); hidden until measured, so it never flashes at the top.
    <li className={resolved ? 'note-card resolved' : 'note-card'} data-note={note.id} style={{ top: top ?? 0, visibility: top === undefined ? 'hidden' : undefined }}>
      <button type="button" className="note-quote" aria-label={`Select “${note.quote}” in the text`} title="Select this text in the story" onClick={onSelect}>
        {note.quote}
      </button>
      {note.messages.map((m) => (
        <p key={m.id} className="note-message">
          <span className="note-author">{m.author || 'Unnamed'}</span> <span className="note-when">{formatDateTime(m.at)}</span>
          <br />
          {m.text}
        </p>
      ))}
      {resolved ? (
        <button type="button" onClick={() => onResolved(false)}>
          Reopen
        </button>
      ) : (
        <div className="note-actions">
          <input aria-label="Reply" placeholder="Reply" value={reply} onChange={(e) => setReply(e.target.value)} />
          <button type="button" disabled={reply.trim() === ''} onClick={() => void onReply(reply).then((sent) => sent && setReply(''))}>
            Reply
          </button>
          <button type="button" onClick={() => onResolved(true)}>
            Resolve
          </button>
        </div>
      )}
    </li>
  );
}
