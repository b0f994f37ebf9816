import type { Database, Statement } from 'better-sqlite3';
import { UserFacingError } from '../../shared/contract/result';
import type { Note } from '../../shared/review/note-schema';
import { col, rowMapping, type Row } from './row-mapping';

const notes = rowMapping<Omit<Note, 'messages'>>({
  id: col.value(),
  storyId: col.value(),
  quote: col.value(),
  createdBy: col.value(),
  createdAt: col.value(),
  resolvedAt: col.value(),
  resolvedBy: col.value(),
});

/** Editorial notes and their replies. The anchor lives in the body (a MarkNode with the note's id). */
export class NoteStore {
  private readonly insertNote: Statement<[string, string, string, string, number]>;
  private readonly insertMessage: Statement<[string, string, string, number]>;
  private readonly ofStory: Statement<[string], Row>;
  private readonly byId: Statement<[string], Row>;
  private readonly messagesOf: Statement<[string], { id: number; author: string; text: string; at: number }>;
  private readonly resolve: Statement<[number | null, string | null, string]>;

  constructor(
    private readonly db: Database,
    private readonly now: () => number,
    private readonly author: () => string,
  ) {
    this.insertNote = db.prepare('INSERT INTO notes (id, story_id, quote, created_by, created_at) VALUES (?, ?, ?, ?, ?)');
    this.insertMessage = db.prepare('INSERT INTO note_messages (note_id, author, text, at) VALUES (?, ?, ?, ?)');
    this.ofStory = db.prepare('SELECT * FROM notes WHERE story_id = ? ORDER BY resolved_at IS NOT NULL, created_at');
    this.byId = db.prepare('SELECT * FROM notes WHERE id = ?');
    this.messagesOf = db.prepare('SELECT id, author, text, at FROM note_messages WHERE note_id = ? ORDER BY id');
    this.resolve = db.prepare('UPDATE notes SET resolved_at = ?, resolved_by = ? WHERE id = ?');
  }

  add(storyId: string, noteId: string, quote: string, text: string): Note {
    this.db
      .transaction(() => {
        if (this.byId.get(noteId)) throw new UserFacingError('conflict', 'That note already exists.');
        const at = this.now();
        this.insertNote.run(noteId, storyId, quote.slice(0, 500), this.author(), at);
        this.insertMessage.run(noteId, this.author(), text, at);
      })
      .immediate();
    return this.get(noteId);
  }

  reply(noteId: string, text: string): Note {
    this.db
      .transaction(() => {
        this.get(noteId);
        this.insertMessage.run(noteId, this.author(), text, this.now());
      })
      .immediate();
    return this.get(noteId);
  }

  setResolved(noteId: string, resolved: boolean): Note {
    this.db
      .transaction(() => {
        this.get(noteId);
        this.resolve.run(resolved ? this.now() : null, resolved ? this.author() : null, noteId);
      })
      .immediate();
    return this.get(noteId);
  }

  list(storyId: string): Note[] {
    return this.ofStory.all(storyId).map((r) => this.toNote(r));
  }

  get(noteId: string): Note {
    const row = this.byId.get(noteId);
    if (!row) throw new UserFacingError('not_found', 'That note is no longer there.');
    return this.toNote(row);
  }

  private toNote(row: Row): Note {
    const note = notes.read(row);
    return { ...note, messages: this.messagesOf.all(note.id) };
  }
}
