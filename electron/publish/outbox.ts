import { UserFacingError } from '../../shared/contract/result';
import { remoteLink } from '../../shared/contract/remote-values';
import type { StoryStatus } from '../../shared/story/story-schema';
import type { EventHub } from '../events/event-hub';
import type { SiteStore } from '../sites/site-store';
import type { Library } from '../store/library';
import { ConflictDetected, type PostPublisher, type PublishOutcome } from './post-publisher';
import type { PublishJob } from '../../shared/contract/operations/publish';
import type { JobRecord, PublishStore } from './publish-store';
import { backoffDelay, parseRetryAfter } from './retry-policy';
import { SiteError } from '../wordpress/site-error';

const TERMINAL = new Set(['done', 'failed', 'conflict', 'cancelled']);

export interface OutboxOptions {
  now?: () => number;
  random?: () => number;
  /** Waiting between attempts when the site does not answer: capped exponential, jittered. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  onError?: (error: unknown) => void;
}

const LOCAL_STATUS: Record<string, StoryStatus | null> = { publish: 'published', future: 'scheduled' };

/**
 * The persistent queue of publishing jobs. Jobs live in SQLite, so a restart resumes them; they
 * run in the background one at a time, report progress as events, and wait (with backoff) while
 * a site does not answer.
 */
export class Outbox {
  private timer: NodeJS.Timeout | null = null;
  private draining: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private readonly waiters = new Map<string, ((job: JobRecord) => void)[]>();
  private readonly now: () => number;
  lastOutcome: PublishOutcome | null = null;

  constructor(
    private readonly store: PublishStore,
    private readonly sites: SiteStore,
    private readonly publisher: PostPublisher,
    private readonly events: EventHub,
    private readonly library: Library,
    private readonly options: OutboxOptions = {},
  ) {
    this.now = options.now ?? Date.now;
  }

  start(): void {
    this.store.transaction(() => this.store.requeueInterrupted());
    this.kick();
  }

  close(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Runs whatever is due now; cheap to call often. */
  kick(): void {
    if (this.stopped) return;
    if (this.draining) {
      this.again = true;
      return;
    }
    this.draining = this.drain().finally(() => {
      this.draining = null;
      if (this.again && !this.stopped) {
        this.again = false;
        this.kick();
      }
    });
  }

  /** Resolves when the job reaches done, failed, conflict or cancelled. */
  waitFor(jobId: string): Promise<JobRecord> {
    const job = this.store.job(jobId);
    if (TERMINAL.has(job.state)) return Promise.resolve(job);
    return new Promise((resolve) => this.waiters.set(jobId, [...(this.waiters.get(jobId) ?? []), resolve]));
  }

  private async drain(): Promise<void> {
    for (;;) {
      if (this.stopped) return;
      const due = this.store.due(this.now());
      if (due.length === 0) break;
      for (const job of due) {
        if (this.stopped) return;
        await this.runOne(job);
      }
    }
    this.schedule();
  }

  private schedule(): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const next = this.store.nextDueAt();
    if (next === null) return;
    this.timer = setTimeout(() => this.kick(), Math.max(0, next - this.now()));
    this.timer.unref?.();
  }

  private update(id: string, patch: Parameters<PublishStore['updateJob']>[1], link: string | null = null): JobRecord {
    const job = this.store.transaction(() => this.store.updateJob(id, patch));
    this.emit(job, link);
    return job;
  }

  private emit(job: JobRecord, link: string | null): void {
    this.events.emit('publishProgress', { ...publicJob(job), link });
    if (TERMINAL.has(job.state)) {
      const waiting = this.waiters.get(job.id) ?? [];
      this.waiters.delete(job.id);
      for (const resolve of waiting) resolve(job);
    }
  }

  private async runOne(queued: JobRecord): Promise<void> {
    const job = this.update(queued.id, { state: 'running', step: 'Starting', progress: 0.02, error: null, errorCode: null });
    try {
      const outcome = await this.publisher.run(job, (step, progress) => {
        if (!this.stopped) this.update(job.id, { step, progress });
      });
      if (this.stopped) return;
      this.lastOutcome = outcome;
      this.succeed(job, outcome);
    } catch (error) {
      if (this.stopped) return;
      this.fail(job, error);
    }
  }

  private succeed(job: JobRecord, outcome: PublishOutcome): void {
    const post = outcome.remote;
    const link = remoteLink(post.link);
    const site = this.sites.find(job.siteId);
    const done = this.store.transaction(() => {
      // One local transaction: the link to the post, the story's status, the log and the job.
      this.store.recordRemote(job.storyId, job.siteId, {
        remoteId: post.id,
        remoteStatus: post.status,
        link,
        modifiedGmt: post.modified_gmt,
        slug: post.slug,
        syncedVersion: job.action === 'publish' ? job.storyVersion : null,
      });
      const local = job.action === 'publish' ? (LOCAL_STATUS[post.status] ?? null) : 'ready';
      // An autosave revision still due keeps the status it was saved under.
      if (this.library.stories.exists(job.storyId)) this.library.revisions.flush(job.storyId);
      if (local) this.library.stories.setStatus(job.storyId, local);
      // A revision marks exactly what went to the site.
      if (job.action === 'publish' && this.library.stories.exists(job.storyId)) {
        this.library.revisions.writeRevision(job.storyId, 'publish', `${resultWord(job, post.status)} on ${site?.name ?? 'a site'}`, this.library.stories.snapshot(job.storyId));
      }
      this.store.log({
        storyId: job.storyId,
        siteId: job.siteId,
        siteName: site?.name ?? 'deleted site',
        jobId: job.id,
        who: site?.user.username ?? '',
        storyVersion: job.storyVersion,
        action: job.action,
        result: resultWord(job, post.status),
        link,
        message: outcome.mediaBytes > 0 ? `${outcome.mediaBytes} bytes of images uploaded` : '',
      });
      return this.store.updateJob(job.id, { state: 'done', step: resultWord(job, post.status), progress: 1, force: false });
    });
    this.emit(done, link);
    // The job ran in the background and moved the story's status: the list shows it at once.
    this.events.emit('libraryChanged', { reason: 'publish' });
  }

  private fail(job: JobRecord, error: unknown): void {
    const site = this.sites.find(job.siteId);
    const log = (result: string, message: string) =>
      this.store.log({
        storyId: job.storyId,
        siteId: job.siteId,
        siteName: site?.name ?? 'deleted site',
        jobId: job.id,
        who: site?.user.username ?? '',
        storyVersion: job.storyVersion,
        action: job.action,
        result,
        link: null,
        message,
      });

    if (error instanceof ConflictDetected) {
      const message = 'Someone changed the post on the site since the last sync; nothing was overwritten. Compare the versions and choose.';
      const next = this.store.transaction(() => {
        log('conflict', message);
        return this.store.updateJob(job.id, { state: 'conflict', step: 'Changed on the site', error: message, errorCode: 'conflict', conflictJson: JSON.stringify(error.theirs) });
      });
      this.emit(next, null);
      return;
    }
    if (error instanceof SiteError && error.retryable) {
      const attempts = job.attempts + 1;
      const asked = parseRetryAfter(error.retryAfter, this.now());
      const delay =
        asked ??
        backoffDelay(attempts, { maxAttempts: Infinity, baseDelayMs: this.options.baseDelayMs ?? 1_000, maxDelayMs: this.options.maxDelayMs ?? 60_000, maxRetryAfterMs: Infinity }, this.options.random ?? Math.random);
      const message = `${error.message} Next attempt in ${Math.max(1, Math.round(delay / 1000))} s.`;
      const next = this.store.transaction(() => {
        if (job.attempts === 0) log('waiting', error.message);
        return this.store.updateJob(job.id, { state: 'waiting', step: 'Waiting for the site', attempts, nextAttemptAt: this.now() + delay, error: message, errorCode: error.code });
      });
      this.emit(next, null);
      return;
    }
    const readable = error instanceof UserFacingError ? error : null;
    if (!readable) this.options.onError?.(error);
    const message = readable?.message ?? 'Publishing failed inside Presswork; the story is safe. Try again, and report it if it happens again.';
    const next = this.store.transaction(() => {
      log('failed', message);
      return this.store.updateJob(job.id, { state: 'failed', step: 'Failed', attempts: job.attempts + 1, error: message, errorCode: readable?.code ?? 'internal' });
    });
    this.emit(next, null);
  }
}

function resultWord(job: JobRecord, status: string): string {
  if (job.action === 'trash') return 'trashed';
  if (job.action === 'unpublish') return 'unpublished';
  switch (status) {
    case 'publish':
      return 'published';
    case 'future':
      return 'scheduled';
    case 'pending':
      return 'sent for review';
    default:
      return 'saved as draft';
  }
}

/** A job as the renderer sees it: the record without its internal bookkeeping. */
export function publicJob(job: JobRecord): PublishJob {
  return {
    id: job.id,
    storyId: job.storyId,
    siteId: job.siteId,
    action: job.action,
    targetStatus: job.targetStatus,
    state: job.state,
    step: job.step,
    progress: job.progress,
    attempts: job.attempts,
    nextAttemptAt: job.nextAttemptAt,
    error: job.error,
    createdAt: job.createdAt,
    updatedAt: job.updatedAt,
  };
}
