import type { Database } from 'better-sqlite3';
import { Backups } from './backups';
import { CopyDesk, ProfileStore } from './desk';
import { NoteStore } from './notes';
import { RevisionStore } from './revisions';
import { SectionStore } from './sections';
import { StoryLibrary } from './story-library';
import { StorySearch } from './story-search';
import { StoryStore } from './stories';

/** Every store of the story library on one database, wired together once. */
export interface Library {
  db: Database;
  now: () => number;
  stories: StoryStore;
  sections: SectionStore;
  list: StoryLibrary;
  search: StorySearch;
  backups: Backups;
  revisions: RevisionStore;
  profile: ProfileStore;
  desk: CopyDesk;
  notes: NoteStore;
}

const FIRST_BACKUP_MS = 60_000;
const BACKUP_EVERY_MS = 15 * 60_000;

export function createLibrary(db: Database, now: () => number = Date.now): Library {
  // Refreshes the planner's statistics where they are missing or stale (new indexes, grown tables),
  // as SQLite recommends on opening; cheap when nothing changed.
  db.pragma('optimize = 0x10002');
  const sections = new SectionStore(db, now);
  const profile = new ProfileStore(db);
  const revisions = new RevisionStore(db, now, () => profile.get().name);
  const stories = new StoryStore(db, now, sections, revisions);
  const list = new StoryLibrary(db, now);
  const search = new StorySearch(db, list.mapRow);
  const desk = new CopyDesk(db, now, profile, stories, list, revisions);
  const notes = new NoteStore(db, now, () => profile.get().name);
  const backups = Backups.beside(db, 5, now);
  scheduleBackups(db, backups);
  return { db, now, stories, sections, list, search, backups, revisions, profile, desk, notes };
}

/** Rolling backups while the library is open; timers never keep the process alive. */
function scheduleBackups(db: Database, backups: Backups): void {
  const run = () => {
    if (!db.open) return;
    backups.take().catch(() => undefined);
    setTimeout(run, BACKUP_EVERY_MS).unref?.();
  };
  setTimeout(run, FIRST_BACKUP_MS).unref?.();
}
