import type { Database, Statement } from 'better-sqlite3';
import type { JobState, PublishJob, RemoteStatus } from '../../shared/contract/operations/publish';
import { UserFacingError } from '../../shared/contract/result';
import type { MarkupDifference } from '../../shared/content/wordpress/block-equivalence';
import { col, rowMapping, type Row } from '../store/row-mapping';

export type JobAction = PublishJob['action'];

export interface JobRecord extends PublishJob {
  dateGmt: string | null;
  storyVersion: number;
  force: boolean;
  conflictJson: string | null;
  errorCode: string | null;
}

export interface RemoteRecord {
  storyId: string;
  siteId: string;
  clientId: string;
  slug: string;
  intentAt: number;
  remoteId: number | null;
  remoteStatus: string | null;
  link: string | null;
  modifiedGmt: string | null;
  syncedVersion: number | null;
}

/** What Presswork would change in a post as it was pulled, and whether the user has looked. */
export interface PullDifferences {
  differences: MarkupDifference[];
  foundAt: number;
  lookedAt: number | null;
}

/** What a pull leaves for publishing to check: the post's format, the kept blocks' hashes, the differences found. */
export interface PullRecord {
  format: 'blocks' | 'classic';
  /** SHA-256 (hex) of each preserved block's markup. */
  preservedHashes: readonly string[];
  differences: readonly MarkupDifference[];
}

export interface LogRecord {
  at: number;
  who: string;
  siteName: string;
  storyVersion: number;
  action: string;
  result: string;
  link: string | null;
  message: string;
}

const jobs = rowMapping<JobRecord>({
  id: col.value(),
  storyId: col.value(),
  siteId: col.value(),
  action: col.value(),
  targetStatus: col.value(),
  state: col.value(),
  step: col.value(),
  progress: col.value(),
  attempts: col.value(),
  nextAttemptAt: col.value(),
  error: col.value(),
  errorCode: col.value(),
  createdAt: col.value(),
  updatedAt: col.value(),
  dateGmt: col.value(),
  storyVersion: col.value(),
  force: col.flag(),
  conflictJson: col.value(),
});

const remotes = rowMapping<RemoteRecord>({
  storyId: col.value(),
  siteId: col.value(),
  clientId: col.value(),
  slug: col.value(),
  intentAt: col.value(),
  remoteId: col.value(),
  remoteStatus: col.value(),
  link: col.value(),
  modifiedGmt: col.value(),
  syncedVersion: col.value(),
});

const logEntries = rowMapping<LogRecord>({
  at: col.value(),
  who: col.value(),
  siteName: col.value(),
  storyVersion: col.value(),
  action: col.value(),
  result: col.value(),
  link: col.value(),
  message: col.value(),
});

const uploads = rowMapping<{ remoteId: number; url: string }>({ remoteId: col.value(), url: col.value('source_url') });

/** The job fields a job's progress may change. */
const JOB_CHANGES = ['state', 'step', 'progress', 'attempts', 'next_attempt_at', 'error', 'error_code', 'conflict_json', 'force', 'story_version'];

/** The outbox, the story-to-post links, the publishing log and the uploaded-media map, in SQLite. */
export class PublishStore {
  private readonly insertJob: Statement;
  private readonly jobById: Statement<[string], Row>;
  private readonly jobsByStory: Statement<[string], Row>;
  private readonly dueJobs: Statement<[number], Row>;
  private readonly nextDue: Statement<[], { at: number | null }>;
  private readonly activeFor: Statement<[string, string], Row>;
  private readonly requeue: Statement<[]>;
  private readonly changeJob: Statement<[Row]>;
  private readonly remoteByKey: Statement<[string, string], Row>;
  private readonly remoteByPost: Statement<[string, number], Row>;
  private readonly remotesByStory: Statement<[string], Row>;
  private readonly insertRemote: Statement;
  private readonly unlinkPost: Statement<[string, number]>;
  private readonly setIntentSlug: Statement<[string, string, string]>;
  private readonly recordPost: Statement<[Row]>;
  private readonly logByStory: Statement<[string], Row>;
  private readonly insertLog: Statement;
  private readonly mediaByHash: Statement<[string, string], Row>;
  private readonly mediaByRemote: Statement<[string, number], { content_hash: string }>;
  private readonly upsertMedia: Statement;
  private readonly setFormat: Statement<[string | null, string, string]>;
  private readonly formatOf: Statement<[string, string], { post_format: string | null }>;
  private readonly clearPulled: Statement<[string, string]>;
  private readonly insertPulled: Statement<[string, string, string]>;
  private readonly pulledOf: Statement<[string, string], { sha256: string }>;
  private readonly upsertDifferences: Statement<[string, string, string, number]>;
  private readonly clearDifferences: Statement<[string, string]>;
  private readonly differencesOf: Statement<[string, string], { differences_json: string; found_at: number; looked_at: number | null }>;
  private readonly lookAtDifferences: Statement<[number, string, string]>;

  constructor(
    readonly db: Database,
    private readonly now: () => number,
  ) {
    this.insertJob = db.prepare(
      `INSERT INTO publish_jobs (id, story_id, site_id, action, target_status, date_gmt, story_version, force, state, step, progress, attempts, next_attempt_at, created_at, updated_at)
       VALUES (@id, @storyId, @siteId, @action, @targetStatus, @dateGmt, @storyVersion, 0, 'queued', 'Queued', 0, 0, @at, @at, @at)`,
    );
    this.jobById = db.prepare('SELECT * FROM publish_jobs WHERE id = ?');
    this.jobsByStory = db.prepare('SELECT * FROM publish_jobs WHERE story_id = ? ORDER BY created_at DESC, rowid DESC LIMIT 50');
    this.dueJobs = db.prepare(`SELECT * FROM publish_jobs WHERE state IN ('queued', 'waiting') AND next_attempt_at <= ? ORDER BY next_attempt_at, created_at, rowid`);
    this.nextDue = db.prepare(`SELECT min(next_attempt_at) AS at FROM publish_jobs WHERE state IN ('queued', 'waiting')`);
    this.activeFor = db.prepare(
      `SELECT * FROM publish_jobs WHERE story_id = ? AND site_id = ? AND state IN ('queued', 'running', 'waiting', 'conflict') ORDER BY created_at DESC LIMIT 1`,
    );
    this.requeue = db.prepare(`UPDATE publish_jobs SET state = 'queued', step = 'Queued again after a restart' WHERE state = 'running'`);
    this.changeJob = db.prepare(`UPDATE publish_jobs SET ${JOB_CHANGES.map((c) => `${c} = @${c}`).join(', ')}, updated_at = @updated_at WHERE id = @id`);
    this.remoteByKey = db.prepare('SELECT * FROM story_remote WHERE story_id = ? AND site_id = ?');
    this.remoteByPost = db.prepare('SELECT * FROM story_remote WHERE site_id = ? AND remote_id = ?');
    this.remotesByStory = db.prepare('SELECT * FROM story_remote WHERE story_id = ?');
    this.unlinkPost = db.prepare('DELETE FROM story_remote WHERE site_id = ? AND remote_id = ?');
    this.setIntentSlug = db.prepare('UPDATE story_remote SET slug = ? WHERE story_id = ? AND site_id = ?');
    this.recordPost = db.prepare(
      `UPDATE story_remote SET remote_id = @remote_id, remote_status = @remote_status, link = @link, modified_gmt = @modified_gmt, slug = @slug,
       synced_version = coalesce(@synced_version, synced_version) WHERE story_id = @story_id AND site_id = @site_id`,
    );
    this.insertRemote = db.prepare(
      `INSERT INTO story_remote (story_id, site_id, client_id, slug, intent_at) VALUES (@storyId, @siteId, @clientId, @slug, @at)`,
    );
    this.logByStory = db.prepare('SELECT * FROM publish_log WHERE story_id = ? ORDER BY at DESC, id DESC LIMIT 200');
    this.insertLog = db.prepare(
      `INSERT INTO publish_log (story_id, site_id, site_name, job_id, at, who, story_version, action, result, link, message)
       VALUES (@storyId, @siteId, @siteName, @jobId, @at, @who, @storyVersion, @action, @result, @link, @message)`,
    );
    this.mediaByHash = db.prepare('SELECT remote_id, source_url FROM site_media WHERE site_id = ? AND content_hash = ?');
    this.mediaByRemote = db.prepare('SELECT content_hash FROM site_media WHERE site_id = ? AND remote_id = ? ORDER BY uploaded_at DESC LIMIT 1');
    this.upsertMedia = db.prepare(
      `INSERT INTO site_media (site_id, content_hash, remote_id, source_url, uploaded_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (site_id, content_hash) DO UPDATE SET remote_id = excluded.remote_id, source_url = excluded.source_url, uploaded_at = excluded.uploaded_at`,
    );
    this.setFormat = db.prepare('UPDATE story_remote SET post_format = ? WHERE story_id = ? AND site_id = ?');
    this.formatOf = db.prepare('SELECT post_format FROM story_remote WHERE story_id = ? AND site_id = ?');
    this.clearPulled = db.prepare('DELETE FROM pulled_markup WHERE story_id = ? AND site_id = ?');
    this.insertPulled = db.prepare('INSERT OR IGNORE INTO pulled_markup (story_id, site_id, sha256) VALUES (?, ?, ?)');
    this.pulledOf = db.prepare('SELECT sha256 FROM pulled_markup WHERE story_id = ? AND site_id = ?');
    this.upsertDifferences = db.prepare(
      `INSERT INTO pull_differences (story_id, site_id, differences_json, found_at, looked_at) VALUES (?, ?, ?, ?, NULL)
       ON CONFLICT (story_id, site_id) DO UPDATE SET differences_json = excluded.differences_json, found_at = excluded.found_at, looked_at = NULL`,
    );
    this.clearDifferences = db.prepare('DELETE FROM pull_differences WHERE story_id = ? AND site_id = ?');
    this.differencesOf = db.prepare('SELECT differences_json, found_at, looked_at FROM pull_differences WHERE story_id = ? AND site_id = ?');
    this.lookAtDifferences = db.prepare('UPDATE pull_differences SET looked_at = ? WHERE story_id = ? AND site_id = ? AND looked_at IS NULL');
  }

  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate();
  }

  // ---- jobs ----

  addJob(job: { id: string; storyId: string; siteId: string; action: JobAction; targetStatus: RemoteStatus | null; dateGmt: string | null; storyVersion: number }): JobRecord {
    this.insertJob.run({ ...job, at: this.now() });
    return this.job(job.id);
  }

  findJob(id: string): JobRecord | null {
    const row = this.jobById.get(id);
    return row ? jobs.read(row) : null;
  }

  job(id: string): JobRecord {
    const job = this.findJob(id);
    if (!job) throw new UserFacingError('not_found', 'That publishing job no longer exists.');
    return job;
  }

  jobsOf(storyId: string): JobRecord[] {
    return this.jobsByStory.all(storyId).map(jobs.read);
  }

  activeJob(storyId: string, siteId: string): JobRecord | null {
    const row = this.activeFor.get(storyId, siteId);
    return row ? jobs.read(row) : null;
  }

  due(at: number): JobRecord[] {
    return this.dueJobs.all(at).map(jobs.read);
  }

  nextDueAt(): number | null {
    return this.nextDue.get()?.at ?? null;
  }

  /** Jobs a crash left running go back to the queue: every step of a job is safe to run again. */
  requeueInterrupted(): number {
    return this.requeue.run().changes;
  }

  updateJob(id: string, patch: Partial<{ state: JobState; step: string; progress: number; attempts: number; nextAttemptAt: number; error: string | null; errorCode: string | null; conflictJson: string | null; force: boolean; storyVersion: number }>): JobRecord {
    const current = this.job(id);
    this.changeJob.run(jobs.write({ ...current, ...patch, updatedAt: this.now() }));
    return this.job(id);
  }

  // ---- story ↔ remote post ----

  remote(storyId: string, siteId: string): RemoteRecord | null {
    const row = this.remoteByKey.get(storyId, siteId);
    return row ? remotes.read(row) : null;
  }

  /** The story linked to this post of the site, if any. */
  remoteOfPost(siteId: string, remoteId: number): RemoteRecord | null {
    const row = this.remoteByPost.get(siteId, remoteId);
    return row ? remotes.read(row) : null;
  }

  remotesOf(storyId: string): RemoteRecord[] {
    return this.remotesByStory.all(storyId).map(remotes.read);
  }

  /** Links a post of the site to a story instead of the one it was linked to (sync found it, or the story was deleted). */
  relink(storyId: string, siteId: string, remoteId: number, clientId: string, slug: string): void {
    this.unlinkPost.run(siteId, remoteId);
    this.insertRemote.run({ storyId, siteId, clientId, slug, at: this.now() });
  }

  /** The intent, persisted before any request: which client id and slug this story's post has on the site. */
  ensureIntent(storyId: string, siteId: string, clientId: string, slug: string): RemoteRecord {
    const existing = this.remote(storyId, siteId);
    if (existing) {
      if (existing.remoteId === null && existing.slug !== slug) this.setIntentSlug.run(slug, storyId, siteId);
      return this.remote(storyId, siteId)!;
    }
    this.insertRemote.run({ storyId, siteId, clientId, slug, at: this.now() });
    return this.remote(storyId, siteId)!;
  }

  recordRemote(storyId: string, siteId: string, post: { remoteId: number; remoteStatus: string; link: string | null; modifiedGmt: string; slug: string; syncedVersion: number | null }): void {
    this.recordPost.run(remotes.write({ storyId, siteId, ...post }));
  }

  // ---- log ----

  log(entry: { storyId: string; siteId: string; siteName: string; jobId: string | null; who: string; storyVersion: number; action: string; result: string; link: string | null; message: string }): void {
    this.insertLog.run({ ...entry, at: this.now() });
  }

  logOf(storyId: string): LogRecord[] {
    return this.logByStory.all(storyId).map(logEntries.read);
  }

  // ---- media ----

  uploadedMedia(siteId: string, hash: string): { remoteId: number; url: string } | null {
    const row = this.mediaByHash.get(siteId, hash);
    return row ? uploads.read(row) : null;
  }

  /** The bytes (by content hash) of an attachment of the site we uploaded or pulled before. */
  mediaHashOf(siteId: string, remoteId: number): string | null {
    return this.mediaByRemote.get(siteId, remoteId)?.content_hash ?? null;
  }

  rememberMedia(siteId: string, hash: string, remoteId: number, url: string): void {
    this.upsertMedia.run(siteId, hash, remoteId, url, this.now());
  }

  // ---- the pulled post (lossless round trip) ----

  /**
   * After a pull replaced the story's body with the site's post: its format, the hashes of the
   * blocks kept byte for byte (the only raw markup publishing will write back to this site for
   * this story) and what Presswork would change, which waits for the user to look.
   */
  rememberPull(storyId: string, siteId: string, pull: PullRecord): void {
    this.setFormat.run(pull.format, storyId, siteId);
    this.clearPulled.run(storyId, siteId);
    for (const hash of new Set(pull.preservedHashes)) this.insertPulled.run(storyId, siteId, hash);
    if (pull.differences.length === 0) this.clearDifferences.run(storyId, siteId);
    else this.upsertDifferences.run(storyId, siteId, JSON.stringify(pull.differences), this.now());
  }

  /** 'classic' when the post was pulled without blocks (it is written back classic); null when never pulled. */
  postFormat(storyId: string, siteId: string): 'blocks' | 'classic' | null {
    const format = this.formatOf.get(storyId, siteId)?.post_format;
    return format === 'classic' || format === 'blocks' ? format : null;
  }

  pulledHashes(storyId: string, siteId: string): ReadonlySet<string> {
    return new Set(this.pulledOf.all(storyId, siteId).map((row) => row.sha256));
  }

  pullDifferences(storyId: string, siteId: string): PullDifferences | null {
    const row = this.differencesOf.get(storyId, siteId);
    if (!row) return null;
    let differences: MarkupDifference[] = [];
    try {
      const parsed: unknown = JSON.parse(row.differences_json);
      if (Array.isArray(parsed)) differences = parsed as MarkupDifference[];
    } catch {
      // Unreadable: an empty list still blocks nothing and the next sync writes it again.
    }
    return { differences, foundAt: row.found_at, lookedAt: row.looked_at };
  }

  /** The user has looked at the differences: publishing may go ahead. False when there were none waiting. */
  markDifferencesLooked(storyId: string, siteId: string): boolean {
    return this.lookAtDifferences.run(this.now(), storyId, siteId).changes > 0;
  }
}
