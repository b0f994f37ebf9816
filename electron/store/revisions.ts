import type { Database, Statement } from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { UserFacingError } from '../../shared/contract/result';
import { diffBodies, diffFields, type Snapshot } from '../../shared/review/compare-revisions';
import type { RevisionComparison, RevisionKind, RevisionSummary } from '../../shared/review/revision-schema';
import { BodyState, StoryFields, type StoryStatus } from '../../shared/story/story-schema';
import { col, rowMapping, type Row } from './row-mapping';

/** One period of continuous editing that autosaves fold into a single revision. */
export const COALESCE_MS = 5 * 60_000;

/** What a revision stores besides its summary: the fields, and the body as its root plus block ids. */
type StoredSnapshot = { fields_json: string; root_json: string; blocks: Buffer };

export interface SnapshotWithMeta extends Snapshot {
  status: StoryStatus;
  wordCount: number;
}

const summaries = rowMapping<RevisionSummary>({
  id: col.value(),
  storyId: col.value(),
  kind: col.value(),
  label: col.value(),
  author: col.value(),
  status: col.value(),
  createdAt: col.value(),
  updatedAt: col.value(),
  wordCount: col.value(),
  wordDelta: col.value(),
});
const SUMMARY_COLUMNS = summaries.columns.join(', ');

export class RevisionStore {
  private readonly blockByHash: Statement<[Buffer], { id: number }>;
  private readonly insertBlock: Statement<[Buffer, string]>;
  private readonly blockJson: Statement<[number], { json: string }>;
  private readonly latestOf: Statement<[string], Row>;
  private readonly latestKindOf: Statement<[string], { kind: RevisionKind; created_at: number }>;
  private readonly beforeOf: Statement<[string, number], { word_count: number }>;
  private readonly insert: Statement<[string, RevisionKind, string | null, string, StoryStatus, number, number, string, string, Buffer, number, number]>;
  private readonly coalesce: Statement<[number, string, string, Buffer, number, number, StoryStatus, number]>;
  private readonly listOf: Statement<[string], Row>;
  private readonly byId: Statement<[number], Row & StoredSnapshot>;
  private readonly storyOf: Statement<[number], { story_id: string }>;
  private readonly dueOf: Statement<[string], { revision_due: number | null }>;
  private readonly clearDue: Statement<[string]>;
  private readonly allDue: Statement<[], { id: string }>;
  constructor(
    private readonly db: Database,
    private readonly now: () => number = Date.now,
    private readonly author: () => string = () => '',
    /** The story as it is now, for a revision left due (see flush); the story store answers it. */
    private readonly snapshotOf: (storyId: string) => SnapshotWithMeta = () => {
      throw new Error('a revision is due but this RevisionStore was given no stories to read it from');
    },
  ) {
    this.blockByHash = db.prepare('SELECT id FROM revision_blocks WHERE hash = ?');
    this.insertBlock = db.prepare('INSERT INTO revision_blocks (hash, json) VALUES (?, ?)');
    this.blockJson = db.prepare('SELECT json FROM revision_blocks WHERE id = ?');
    this.latestOf = db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM revisions WHERE story_id = ? ORDER BY id DESC LIMIT 1`);
    // Only what folds needs: the summary's later columns sit after the revision's JSON in its record.
    this.latestKindOf = db.prepare('SELECT kind, created_at FROM revisions WHERE story_id = ? ORDER BY id DESC LIMIT 1');
    this.beforeOf = db.prepare('SELECT word_count FROM revisions WHERE story_id = ? AND id < ? ORDER BY id DESC LIMIT 1');
    this.insert = db.prepare(
      `INSERT INTO revisions (story_id, kind, label, author, status, created_at, updated_at, fields_json, root_json, blocks, word_count, word_delta)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.coalesce = db.prepare(
      `UPDATE revisions SET updated_at = ?, fields_json = ?, root_json = ?, blocks = ?, word_count = ?, word_delta = ?, status = ? WHERE id = ?`,
    );
    this.listOf = db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM revisions WHERE story_id = ? ORDER BY id DESC`);
    this.byId = db.prepare('SELECT * FROM revisions WHERE id = ?');
    this.storyOf = db.prepare('SELECT story_id FROM revisions WHERE id = ?');
    this.dueOf = db.prepare('SELECT revision_due FROM stories WHERE id = ?');
    this.clearDue = db.prepare('UPDATE stories SET revision_due = NULL WHERE id = ?');
    this.allDue = db.prepare('SELECT id FROM stories WHERE revision_due IS NOT NULL');
  }

  /**
   * Whether an autosave at `at` folds into the story's open autosave revision: that revision is
   * an autosave begun less than five minutes before. A folding save only marks the revision due
   * (stories.revision_due), so the save's transaction skips splitting and hashing the body;
   * otherwise the save writes whatever was due, then a new revision through writeAutosave.
   */
  folds(storyId: string, at: number): boolean {
    const latest = this.latestKindOf.get(storyId);
    return latest !== undefined && latest.kind === 'autosave' && at - latest.created_at < COALESCE_MS;
  }

  /**
   * Brings the story's open autosave revision up to the story's saved state when a folded save
   * left it due. Runs before any revision of the story is read or written, so nothing ever sees
   * it stale; the story row holds that state durably meanwhile, so a crash loses nothing.
   */
  flush(storyId: string): void {
    const due = this.dueOf.get(storyId)?.revision_due;
    if (due === null || due === undefined) return;
    this.db
      .transaction(() => {
        this.writeAutosaveNow(storyId, this.snapshotOf(storyId), due);
        this.clearDue.run(storyId);
      })
      .immediate();
  }

  /** Writes every revision still due: on idle after saves, and at start after a crash. */
  flushAll(): number {
    const due = this.allDue.all();
    for (const { id } of due) this.flush(id);
    return due.length;
  }

  /**
   * Records an autosave: folded into the story's latest revision while that is an autosave begun
   * less than five minutes ago, a new revision otherwise. Runs inside the save's transaction.
   */
  writeAutosave(storyId: string, snap: SnapshotWithMeta, at: number): number {
    this.flush(storyId);
    return this.writeAutosaveNow(storyId, snap, at);
  }

  private writeAutosaveNow(storyId: string, snap: SnapshotWithMeta, at: number): number {
    const latest = this.latestSummary(storyId);
    if (latest && latest.kind === 'autosave' && at - latest.createdAt < COALESCE_MS) {
      const { fieldsJson, rootJson, blocks } = this.pack(snap);
      const before = this.beforeOf.get(storyId, latest.id)?.word_count ?? 0;
      this.coalesce.run(at, fieldsJson, rootJson, blocks, snap.wordCount, snap.wordCount - before, snap.status, latest.id);
      return latest.id;
    }
    return this.writeRevision(storyId, 'autosave', null, snap, at);
  }

  /** A new revision, always (status change, checkpoint, publish, restore, send to copy). */
  writeRevision(storyId: string, kind: RevisionKind, label: string | null, snap: SnapshotWithMeta, at = this.now()): number {
    this.flush(storyId);
    const latest = this.latestSummary(storyId);
    const { fieldsJson, rootJson, blocks } = this.pack(snap);
    const delta = snap.wordCount - (latest?.wordCount ?? 0);
    return Number(
      this.insert.run(storyId, kind, label, this.author(), snap.status, at, at, fieldsJson, rootJson, blocks, snap.wordCount, delta).lastInsertRowid,
    );
  }

  list(storyId: string): RevisionSummary[] {
    this.flush(storyId);
    return this.listOf.all(storyId).map(summaries.read);
  }

  latest(storyId: string): RevisionSummary | null {
    this.flush(storyId);
    return this.latestSummary(storyId);
  }

  private latestSummary(storyId: string): RevisionSummary | null {
    const row = this.latestOf.get(storyId);
    return row ? summaries.read(row) : null;
  }

  get(id: number): RevisionSummary & SnapshotWithMeta {
    const storyId = this.storyOf.get(id)?.story_id;
    if (storyId !== undefined) this.flush(storyId);
    const row = this.byId.get(id);
    if (!row) throw new UserFacingError('not_found', 'That revision is no longer in the history.');
    const root = JSON.parse(row.root_json) as Record<string, unknown>;
    const children: unknown[] = [];
    for (let i = 0; i < row.blocks.length; i += 4) {
      const block = this.blockJson.get(row.blocks.readUInt32LE(i));
      if (!block) throw new UserFacingError('storage', 'Part of this revision is missing from the history.');
      children.push(JSON.parse(block.json));
    }
    const { headline, ...fields } = JSON.parse(row.fields_json) as { headline: string } & StoryFields;
    return {
      ...summaries.read(row),
      headline,
      fields: StoryFields.parse(fields),
      body: BodyState.parse({ root: { ...root, children } }),
    };
  }

  compare(fromId: number, toId: number, sectionName?: (id: number) => string): RevisionComparison {
    const from = this.get(fromId);
    const to = this.get(toId);
    if (from.storyId !== to.storyId) throw new UserFacingError('invalid_input', 'Those revisions belong to different stories.');
    const summary = (r: RevisionSummary & SnapshotWithMeta): RevisionSummary => summaries.read(summaries.write(r));
    return { from: summary(from), to: summary(to), body: diffBodies(from.body, to.body), fields: diffFields(from, to, sectionName) };
  }

  /** Splits the body into blocks stored once each; the revision keeps their ids. */
  private pack(snap: SnapshotWithMeta): { fieldsJson: string; rootJson: string; blocks: Buffer } {
    const { children, ...root } = snap.body.root;
    const ids = Buffer.alloc(children.length * 4);
    children.forEach((child, i) => {
      const json = JSON.stringify(child);
      const hash = createHash('sha256').update(json).digest().subarray(0, 16);
      const id = this.blockByHash.get(hash)?.id ?? Number(this.insertBlock.run(hash, json).lastInsertRowid);
      ids.writeUInt32LE(id, i * 4);
    });
    return { fieldsJson: JSON.stringify({ headline: snap.headline, ...snap.fields }), rootJson: JSON.stringify(root), blocks: ids };
  }
}
