import type { Database } from 'better-sqlite3';
import type { EventHub } from '../events/event-hub';
import { Backups } from './backups';
import { IdleWork } from './idle-work';
import { CopyDesk, ProfileStore } from './desk';
import { NoteStore } from './notes';
import { RevisionStore, type SnapshotWithMeta } from './revisions';
import { SectionStore } from './sections';
import { StoryBodies } from './story-body';
import { StoryLibrary } from './story-library';
import { StorySaves } from './story-saves';
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
  /** Every write of a story's text: the editor's saves, restores, a site's versions, copies. */
  saves: StorySaves;
  /** Runs after saves: indexes for search, writes due revisions, checkpoints the WAL now and then. */
  afterSaves: IdleWork;
}

// SQLite checkpoints the WAL inside whichever commit takes it past 1,000 pages (4 MB): every
// twenty-odd saves of a long story, an autosave would pay for copying the WAL into the database and
// syncing it. The checkpoint runs on idle after saves instead, every CHECKPOINT_EVERY_SAVES saves:
// after each one, every save would restart the WAL, which costs its commit an extra sync of the
// WAL header (a 10,000-word save's transaction measured 2.0 ms at p50 against 1.65 ms). The higher
// bound keeps other writers' WAL (media, publishing) from growing past 16 MB.
const WAL_AUTOCHECKPOINT_PAGES = 4_096;
const CHECKPOINT_EVERY_SAVES = 20;

const FIRST_BACKUP_MS = 60_000;
const BACKUP_EVERY_MS = 15 * 60_000;

/** `events` hears `storySaved` after each save; none for tools that only read or fill a library. */
export function createLibrary(db: Database, now: () => number = Date.now, events: EventHub | null = null): Library {
  // Refreshes the planner's statistics where they are missing or stale (new indexes, grown tables),
  // as SQLite recommends on opening; cheap when nothing changed.
  db.pragma('optimize = 0x10002');
  db.pragma(`wal_autocheckpoint = ${WAL_AUTOCHECKPOINT_PAGES}`);
  const sections = new SectionStore(db, now);
  const profile = new ProfileStore(db);
  // The stores refer to each other through functions: each runs only after all are built.
  const revisions = new RevisionStore(db, now, () => profile.get().name, (id): SnapshotWithMeta => stories.snapshot(id));
  const bodies = new StoryBodies(db);
  const stories = new StoryStore(db, now, sections, revisions, bodies);
  const list = new StoryLibrary(db, now, bodies);
  let savesSinceCheckpoint = 0;
  const search = new StorySearch(db, list.mapRow, bodies, () => {
    savesSinceCheckpoint++;
    afterSaves.poke();
  });
  const desk = new CopyDesk(db, now, profile, stories, list, revisions);
  const notes = new NoteStore(db, now, () => profile.get().name);
  const saves = new StorySaves(db, now, stories, list, revisions, search, events);
  const backups = Backups.beside(db, 5, now);
  scheduleBackups(db, backups);
  const afterSaves = new IdleWork([
    // The checkpoint goes first: the first commit after a complete one restarts the WAL and syncs
    // its new header, an extra sync (0.3–0.5 ms) that the idle work's own writes below then pay
    // instead of the next autosave.
    () => {
      if (savesSinceCheckpoint < CHECKPOINT_EVERY_SAVES) return;
      savesSinceCheckpoint = 0;
      // PASSIVE never waits for a reader and never blocks a writer for long.
      db.pragma('wal_checkpoint(PASSIVE)');
    },
    () => search.catchUp(),
    () => revisions.flushAll(),
  ]);
  // What a crash left undone (a revision due, a story not yet indexed) is done soon after start.
  afterSaves.poke();
  return { db, now, stories, sections, list, search, backups, revisions, profile, desk, notes, saves, afterSaves };
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
