import type { Database, Statement } from 'better-sqlite3';
import { UserFacingError } from '../../shared/contract/result';
import type { DeskState, StatusMove } from '../../shared/review/desk-schema';
import { moveProblem, type Profile, type Role } from '../../shared/review/workflow';
import type { StoryStatus } from '../../shared/story/story-schema';
import type { RevisionStore } from './revisions';
import type { StoryLibrary } from './story-library';
import { col, rowMapping, type Row } from './row-mapping';
import type { StoryStore } from './stories';

const moves = rowMapping<StatusMove>({
  id: col.value(),
  storyId: col.value(),
  from: col.value('from_status'),
  to: col.value('to_status'),
  byName: col.value(),
  byRole: col.value(),
  at: col.value(),
  revisionId: col.value(),
});

/** The local user's profile; until one is saved, an unnamed editor. */
export class ProfileStore {
  private readonly read: Statement<[], Profile>;
  private readonly write: Statement<[string, Role]>;

  constructor(private readonly db: Database) {
    this.read = db.prepare('SELECT name, role FROM profile WHERE id = 1');
    this.write = db.prepare('INSERT INTO profile (id, name, role) VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name, role = excluded.role');
  }

  get(): Profile {
    return this.read.get() ?? { name: '', role: 'editor' };
  }

  set(profile: Profile): Profile {
    this.db.transaction(() => this.write.run(profile.name.trim(), profile.role)).immediate();
    return this.get();
  }
}

/**
 * Status moves on the copy desk: checked against the user's role, recorded (who, when, from, to)
 * and snapshotted as a revision, all in one transaction.
 */
export class CopyDesk {
  private readonly setStatus: Statement<[StoryStatus, string]>;
  private readonly setSent: Statement<[number, string]>;
  private readonly sentOf: Statement<[string], { sent_revision_id: number | null }>;
  private readonly insertMove: Statement<[string, StoryStatus, StoryStatus, string, Role, number, number]>;
  private readonly movesOf: Statement<[string], Row>;

  constructor(
    private readonly db: Database,
    private readonly now: () => number,
    private readonly profile: ProfileStore,
    private readonly stories: StoryStore,
    private readonly list: StoryLibrary,
    private readonly revisions: RevisionStore,
  ) {
    this.setStatus = db.prepare('UPDATE stories SET status = ? WHERE id = ?');
    this.setSent = db.prepare('UPDATE stories SET sent_revision_id = ? WHERE id = ?');
    this.sentOf = db.prepare('SELECT sent_revision_id FROM stories WHERE id = ?');
    this.insertMove = db.prepare(
      'INSERT INTO status_moves (story_id, from_status, to_status, by_name, by_role, at, revision_id) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    this.movesOf = db.prepare('SELECT * FROM status_moves WHERE story_id = ? ORDER BY id DESC');
  }

  move(storyId: string, to: StoryStatus): DeskState {
    this.db
      .transaction(() => {
        const me = this.profile.get();
        const from = this.list.status(storyId);
        // An autosave revision still due keeps the status it was saved under.
        this.revisions.flush(storyId);
        if (from === 'spiked') {
          if (to !== 'spiked') {
            const back = this.list.writeRestore(storyId);
            this.record(storyId, from, back, me, 'status', 'Restored from the spike');
          } else throw new UserFacingError('conflict', 'That story is already on the spike.');
          return;
        }
        const problem = moveProblem(me.role, from, to);
        if (problem) throw new UserFacingError('forbidden', problem);
        if (to === 'spiked') this.list.writeSpike(storyId);
        else this.setStatus.run(to, storyId);
        const kind = to === 'in_copy' && from === 'draft' ? 'sent_to_copy' : 'status';
        const revision = this.record(storyId, from, to, me, kind, null);
        if (kind === 'sent_to_copy') this.setSent.run(revision, storyId);
      })
      .immediate();
    return this.state(storyId);
  }

  state(storyId: string): DeskState {
    const row = this.list.row(storyId);
    return {
      status: row.status,
      unpublishedChanges: row.unpublishedChanges,
      moves: this.movesOf.all(storyId).map(moves.read),
      sentRevisionId: this.sentOf.get(storyId)?.sent_revision_id ?? null,
      latestRevisionId: this.revisions.latest(storyId)?.id ?? null,
    };
  }

  private record(storyId: string, from: StoryStatus, to: StoryStatus, me: Profile, kind: 'status' | 'sent_to_copy', label: string | null): number {
    const at = this.now();
    const revision = this.revisions.writeRevision(storyId, kind, label, this.stories.snapshot(storyId), at);
    this.insertMove.run(storyId, from, to, me.name, me.role, at, revision);
    return revision;
  }
}
