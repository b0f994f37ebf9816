import type { Database, Statement } from 'better-sqlite3';
import type { JobState, PublishJob, RemoteStatus } from '../../shared/contract/operations/publish';
import { UserFacingError } from '../../shared/contract/result';
import type { StoryStatus } from '../../shared/story/story-schema';

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

interface JobRow {
  id: string;
  story_id: string;
  site_id: string;
  action: JobAction;
  target_status: RemoteStatus | null;
  date_gmt: string | null;
  story_version: number;
  force: number;
  state: JobState;
  step: string;
  progress: number;
  attempts: number;
  next_attempt_at: number;
  error_code: string | null;
  error: string | null;
  conflict_json: string | null;
  created_at: number;
  updated_at: number;
}

interface RemoteRow {
  story_id: string;
  site_id: string;
  client_id: string;
  slug: string;
  intent_at: number;
  remote_id: number | null;
  remote_status: string | null;
  link: string | null;
  modified_gmt: string | null;
  synced_version: number | null;
}

/** The outbox, the story-to-post links, the publishing log and the uploaded-media map, in SQLite. */
export class PublishStore {
  private readonly insertJob: Statement;
  private readonly jobById: Statement<[string], JobRow>;
  private readonly jobsByStory: Statement<[string], JobRow>;
  private readonly dueJobs: Statement<[number], JobRow>;
  private readonly nextDue: Statement<[], { at: number | null }>;
  private readonly activeFor: Statement<[string, string], JobRow>;
  private readonly remoteByKey: Statement<[string, string], RemoteRow>;
  private readonly remotesByStory: Statement<[string], RemoteRow & { site_name: string }>;
  private readonly insertRemote: Statement;
  private readonly logByStory: Statement<[string], { at: number; who: string; site_name: string; story_version: number; action: string; result: string; link: string | null; message: string }>;
  private readonly insertLog: Statement;
  private readonly mediaByHash: Statement<[string, string], { remote_id: number; source_url: string }>;
  private readonly mediaByRemote: Statement<[string, number], { content_hash: string }>;
  private readonly upsertMedia: Statement;
  private readonly setStoryStatus: Statement<[StoryStatus, number, string]>;

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
    this.remoteByKey = db.prepare('SELECT * FROM story_remote WHERE story_id = ? AND site_id = ?');
    this.remotesByStory = db.prepare(
      `SELECT story_remote.*, sites.name AS site_name FROM story_remote JOIN sites ON sites.id = story_remote.site_id WHERE story_id = ? ORDER BY lower(sites.name)`,
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
    this.setStoryStatus = db.prepare('UPDATE stories SET status = ?, updated_at = ? WHERE id = ?');
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
    return row ? toJob(row) : null;
  }

  job(id: string): JobRecord {
    const job = this.findJob(id);
    if (!job) throw new UserFacingError('not_found', 'That publishing job no longer exists.');
    return job;
  }

  jobsOf(storyId: string): JobRecord[] {
    return this.jobsByStory.all(storyId).map(toJob);
  }

  activeJob(storyId: string, siteId: string): JobRecord | null {
    const row = this.activeFor.get(storyId, siteId);
    return row ? toJob(row) : null;
  }

  due(at: number): JobRecord[] {
    return this.dueJobs.all(at).map(toJob);
  }

  nextDueAt(): number | null {
    return this.nextDue.get()?.at ?? null;
  }

  /** Jobs a crash left running go back to the queue: every step of a job is safe to run again. */
  requeueInterrupted(): number {
    return this.db.prepare(`UPDATE publish_jobs SET state = 'queued', step = 'Queued again after a restart' WHERE state = 'running'`).run().changes;
  }

  updateJob(id: string, patch: Partial<{ state: JobState; step: string; progress: number; attempts: number; nextAttemptAt: number; error: string | null; errorCode: string | null; conflictJson: string | null; force: boolean; storyVersion: number }>): JobRecord {
    const current = this.job(id);
    const next = { ...current, ...patch };
    this.db
      .prepare(
        `UPDATE publish_jobs SET state = ?, step = ?, progress = ?, attempts = ?, next_attempt_at = ?, error = ?, error_code = ?, conflict_json = ?, force = ?, story_version = ?, updated_at = ? WHERE id = ?`,
      )
      .run(next.state, next.step, next.progress, next.attempts, next.nextAttemptAt, next.error, next.errorCode, next.conflictJson, next.force ? 1 : 0, next.storyVersion, this.now(), id);
    return this.job(id);
  }

  // ---- story ↔ remote post ----

  remote(storyId: string, siteId: string): RemoteRecord | null {
    const row = this.remoteByKey.get(storyId, siteId);
    return row ? toRemote(row) : null;
  }

  remotesOf(storyId: string): (RemoteRecord & { siteName: string })[] {
    return this.remotesByStory.all(storyId).map((row) => ({ ...toRemote(row), siteName: row.site_name }));
  }

  /** The intent, persisted before any request: which client id and slug this story's post has on the site. */
  ensureIntent(storyId: string, siteId: string, clientId: string, slug: string): RemoteRecord {
    const existing = this.remote(storyId, siteId);
    if (existing) {
      if (existing.remoteId === null && existing.slug !== slug) this.db.prepare('UPDATE story_remote SET slug = ? WHERE story_id = ? AND site_id = ?').run(slug, storyId, siteId);
      return this.remote(storyId, siteId)!;
    }
    this.insertRemote.run({ storyId, siteId, clientId, slug, at: this.now() });
    return this.remote(storyId, siteId)!;
  }

  recordRemote(storyId: string, siteId: string, post: { remoteId: number; remoteStatus: string; link: string; modifiedGmt: string; slug: string; syncedVersion: number | null }): void {
    this.db
      .prepare(
        `UPDATE story_remote SET remote_id = ?, remote_status = ?, link = ?, modified_gmt = ?, slug = ?, synced_version = coalesce(?, synced_version) WHERE story_id = ? AND site_id = ?`,
      )
      .run(post.remoteId, post.remoteStatus, post.link, post.modifiedGmt, post.slug, post.syncedVersion, storyId, siteId);
  }

  setStatus(storyId: string, status: StoryStatus): void {
    this.setStoryStatus.run(status, this.now(), storyId);
  }

  // ---- log ----

  log(entry: { storyId: string; siteId: string; siteName: string; jobId: string | null; who: string; storyVersion: number; action: string; result: string; link: string | null; message: string }): void {
    this.insertLog.run({ ...entry, at: this.now() });
  }

  logOf(storyId: string): LogRecord[] {
    return this.logByStory.all(storyId).map((r) => ({
      at: r.at,
      who: r.who,
      siteName: r.site_name,
      storyVersion: r.story_version,
      action: r.action,
      result: r.result,
      link: r.link,
      message: r.message,
    }));
  }

  // ---- media ----

  uploadedMedia(siteId: string, hash: string): { remoteId: number; url: string } | null {
    const row = this.mediaByHash.get(siteId, hash);
    return row ? { remoteId: row.remote_id, url: row.source_url } : null;
  }

  /** The bytes (by content hash) of an attachment of the site we uploaded or pulled before. */
  mediaHashOf(siteId: string, remoteId: number): string | null {
    return this.mediaByRemote.get(siteId, remoteId)?.content_hash ?? null;
  }

  rememberMedia(siteId: string, hash: string, remoteId: number, url: string): void {
    this.upsertMedia.run(siteId, hash, remoteId, url, this.now());
  }
}

function toJob(row: JobRow): JobRecord {
  return {
    id: row.id,
    storyId: row.story_id,
    siteId: row.site_id,
    action: row.action,
    targetStatus: row.target_status,
    state: row.state,
    step: row.step,
    progress: row.progress,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    error: row.error,
    errorCode: row.error_code,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    dateGmt: row.date_gmt,
    storyVersion: row.story_version,
    force: row.force === 1,
    conflictJson: row.conflict_json,
  };
}

function toRemote(row: RemoteRow): RemoteRecord {
  return {
    storyId: row.story_id,
    siteId: row.site_id,
    clientId: row.client_id,
    slug: row.slug,
    intentAt: row.intent_at,
    remoteId: row.remote_id,
    remoteStatus: row.remote_status,
    link: row.link,
    modifiedGmt: row.modified_gmt,
    syncedVersion: row.synced_version,
  };
}
