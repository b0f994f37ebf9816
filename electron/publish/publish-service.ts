import { randomUUID } from 'node:crypto';
import type { Checklist, Conflict, PublishJob, PublishState, PullDifferences, RemoteStatus } from '../../shared/contract/operations/publish';
import { UserFacingError } from '../../shared/contract/result';
import { hasBlockers, publishChecklist, type ChecklistImage, type ChecklistPull, type ChecklistSite } from '../../shared/publish/checklist';
import { mediaReferences } from '../../shared/media/media-references';
import { mediaUrl } from '../../shared/media/renditions';
import { bodyToBlockMarkup, BlockConversionError } from '../../shared/content/wordpress/to-blocks';
import { bodyPlainText } from '../../shared/story/plain-text';
import { hasUnpublishedChanges } from '../../shared/story/status-vocabulary';
import type { Story } from '../../shared/story/story-schema';
import type { AttachmentPuller } from './attachment-puller';
import { postText, postWindow } from '../wordpress/post-text';
import { differenceLabels, pullRecord, unpulledBlocks } from './pulled-markup';
import { preservedBlocksIn } from '../../shared/content/nodes/preserved-block/preserved-blocks-in';
import { holdsActiveContent } from '../../shared/content/nodes/preserved-block/preserved-block-preview';
import type { Library } from '../store/library';
import type { SiteService } from '../sites/site-service';
import type { SiteRecord } from '../sites/site-store';
import type { PublishMediaSource } from './media-source';
import { publicJob, type Outbox } from './outbox';
import { storySlug } from './post-publisher';
import { bylineAuthor } from './story-metadata';
import type { SiteTerms } from '../wordpress/site-terms';
import type { WordPressClient } from '../wordpress/wordpress-client';
import { readRemotePost, readRemotePosts } from './remote-post-reading';
import { remoteLink } from '../../shared/contract/remote-values';
import type { JobAction, JobRecord, PublishStore } from './publish-store';
import { SiteError } from '../wordpress/site-error';

export interface PublishRequest {
  storyId: string;
  siteId: string;
  status: RemoteStatus;
  scheduledAt?: number;
  overrideWarnings: boolean;
}

/** What the Publish button asks of the core: the checklist, jobs into the outbox, their state, conflicts. */
export class PublishService {
  constructor(
    private readonly store: PublishStore,
    private readonly outbox: Outbox,
    private readonly sites: SiteService,
    private readonly library: Library,
    private readonly media: PublishMediaSource | null,
    private readonly attachments: AttachmentPuller,
    private readonly terms: SiteTerms,
    private readonly now: () => number,
  ) {}

  async checklist(storyId: string, siteId: string): Promise<Checklist> {
    const story = this.library.stories.get(storyId);
    const remote = this.store.remote(storyId, siteId);
    // The story's own slug, also for a post already on the site: changing a live address is asked in the checklist.
    const slug = storySlug(story, remote);
    const { site, client } = await this.quickClient(siteId);
    const items = publishChecklist({
      headline: story.headline,
      standfirst: story.fields.standfirst,
      sectionCount: story.fields.sectionIds.length,
      featuredImageId: story.fields.featuredImageId,
      body: story.body,
      slug,
      liveSlug: remote?.remoteId && remote.remoteStatus === 'publish' ? remote.slug : null,
      slugTakenBy: await this.slugTakenBy(client, storyId, siteId, slug),
      images: this.images(story),
      site: await this.checklistSite(client, site, story),
      openNotes: this.library.notes.list(storyId).filter((n) => n.resolvedAt === null).length,
      pull: this.pullChecks(story, site),
    });
    return { items, slug };
  }

  async publish(request: PublishRequest): Promise<PublishJob> {
    const story = this.library.stories.get(request.storyId);
    const site = this.sites.store.get(request.siteId);
    const active = this.store.activeJob(request.storyId, request.siteId);
    if (active?.state === 'conflict') throw new UserFacingError('conflict', 'This story has a conflict with the site’s version; resolve it first.');
    let dateGmt: string | null = null;
    if (request.status === 'future') {
      const at = request.scheduledAt ?? story.fields.scheduledAt ?? null;
      if (at === null || at <= this.now()) throw new UserFacingError('invalid_input', 'To schedule the story, set its Scheduled time to a time in the future.');
      dateGmt = new Date(at).toISOString().slice(0, 19);
    }
    const { items, slug } = await this.checklist(request.storyId, request.siteId);
    if (hasBlockers(items)) {
      throw new UserFacingError('invalid_input', `Not published: ${items.filter((i) => i.level === 'blocker').map((i) => i.message).join(' ')}`);
    }
    if (items.length > 0 && !request.overrideWarnings) {
      throw new UserFacingError('invalid_input', `Check before publishing: ${items.map((i) => i.message).join(' ')} Publish anyway to go ahead.`);
    }
    const job = this.store.transaction(() => {
      // The intent first: the client id and slug that make every retry find the same post.
      this.store.ensureIntent(request.storyId, request.siteId, randomUUID(), slug);
      const created = this.store.addJob({
        id: randomUUID(),
        storyId: request.storyId,
        siteId: request.siteId,
        action: 'publish',
        targetStatus: request.status,
        dateGmt,
        storyVersion: story.version,
      });
      this.store.log({ storyId: story.id, siteId: site.id, siteName: site.name, jobId: created.id, who: site.user.username, storyVersion: story.version, action: 'publish', result: 'queued', link: null, message: '' });
      return created;
    });
    this.outbox.kick();
    return publicJob(job);
  }

  takeDown(storyId: string, siteId: string, action: Exclude<JobAction, 'publish'>): PublishJob {
    const story = this.library.stories.get(storyId);
    const site = this.sites.store.get(siteId);
    const remote = this.store.remote(storyId, siteId);
    if (!remote || remote.remoteId === null) throw new UserFacingError('not_found', `This story is not on “${site.name}”, so there is nothing to take down.`);
    const job = this.store.transaction(() => {
      const created = this.store.addJob({ id: randomUUID(), storyId, siteId, action, targetStatus: action === 'unpublish' ? 'draft' : null, dateGmt: null, storyVersion: story.version });
      this.store.log({ storyId, siteId, siteName: site.name, jobId: created.id, who: site.user.username, storyVersion: story.version, action, result: 'queued', link: remote.link, message: '' });
      return created;
    });
    this.outbox.kick();
    return publicJob(job);
  }

  state(storyId: string): PublishState {
    const { version } = this.library.stories.get(storyId);
    return {
      jobs: this.store.jobsOf(storyId).map(publicJob),
      remotes: this.store
        .remotesOf(storyId)
        .flatMap((r) => {
          const site = this.sites.store.find(r.siteId);
          if (!site) return [];
          const unpublishedChanges = hasUnpublishedChanges(r.remoteStatus, r.syncedVersion, version);
          return [{ siteId: r.siteId, siteName: site.name, remoteId: r.remoteId, remoteStatus: r.remoteStatus, link: r.link, modifiedGmt: r.modifiedGmt, slug: r.slug, unpublishedChanges }];
        })
        .sort((a, b) => byLowerName(a.siteName, b.siteName)),
      log: this.store.logOf(storyId),
    };
  }

  conflict(jobId: string): Conflict {
    const job = this.conflicted(jobId);
    const theirs = readRemotePost(JSON.parse(job.conflictJson));
    const story = this.library.stories.get(job.storyId);
    return {
      jobId,
      ours: { title: story.headline, excerpt: story.fields.standfirst, content: bodyPlainText(story.body) },
      theirs: {
        title: theirs.title.raw ?? '',
        excerpt: theirs.excerpt?.raw ?? '',
        content: blockMarkupText(theirs.content?.raw ?? ''),
        modifiedGmt: theirs.modified_gmt,
        link: theirs.link,
      },
    };
  }

  /**
   * Keep ours: publish again over the site's version. Keep theirs: the site's headline, standfirst
   * and text are copied into the story as a new revision (its images pulled into the media library
   * where they can be), the story counts as in step with the site, and nothing is sent.
   */
  async resolve(jobId: string, keep: 'ours' | 'theirs'): Promise<PublishJob> {
    const job = this.conflicted(jobId);
    const site = this.sites.store.get(job.siteId);
    if (keep === 'ours') {
      const story = this.library.stories.get(job.storyId);
      const theirs = readRemotePost(JSON.parse(job.conflictJson));
      const next = this.store.transaction(() => {
        this.store.log({ storyId: job.storyId, siteId: job.siteId, siteName: site.name, jobId, who: site.user.username, storyVersion: story.version, action: 'publish', result: 'queued', link: remoteLink(theirs.link), message: 'Overwriting the site’s changes (keep ours)' });
        return this.store.updateJob(jobId, { state: 'queued', step: 'Queued (keep ours)', force: true, storyVersion: story.version, nextAttemptAt: this.now(), error: null, errorCode: null, conflictJson: null });
      });
      this.outbox.kick();
      return publicJob(next);
    }
    return this.keepTheirs(job, site.name, site.user.username);
  }

  private conflicted(jobId: string): JobRecord & { conflictJson: string } {
    const job = this.store.job(jobId);
    if (job.state !== 'conflict' || !job.conflictJson) throw new UserFacingError('not_found', 'That publishing job has no conflict to resolve.');
    return { ...job, conflictJson: job.conflictJson };
  }

  private async keepTheirs(job: JobRecord & { conflictJson: string }, siteName: string, who: string): Promise<PublishJob> {
    const theirs = readRemotePost(JSON.parse(job.conflictJson));
    const text = postText(theirs, postWindow());
    // Offline or signed out, the site's words are still kept; its images then stay the site's attachments.
    const client = await this.sites.client(job.siteId).then(
      (signedIn) => signedIn.client,
      (error: unknown) => {
        if (error instanceof UserFacingError) return null;
        throw error;
      },
    );
    const body = await this.attachments.session(job.siteId, client).localize(text.body);
    const next = this.library.saves.together((write) => {
      // Checked again: the conflict may have been resolved while the images were downloading.
      this.conflicted(job.id);
      const story = this.library.stories.get(job.storyId);
      const saved = write({ id: story.id, headline: text.headline, body, fields: { ...story.fields, standfirst: text.standfirst } }, `The site’s version, kept from ${siteName}`);
      this.store.recordRemote(job.storyId, job.siteId, { remoteId: theirs.id, remoteStatus: theirs.status, link: remoteLink(theirs.link), modifiedGmt: theirs.modified_gmt, slug: theirs.slug, syncedVersion: saved.version });
      this.store.rememberPull(job.storyId, job.siteId, pullRecord(text));
      this.store.log({ storyId: job.storyId, siteId: job.siteId, siteName, jobId: job.id, who, storyVersion: saved.version, action: 'publish', result: 'kept theirs', link: remoteLink(theirs.link), message: 'The site’s version was copied into the story; nothing was sent.' });
      return this.store.updateJob(job.id, { state: 'cancelled', step: 'Kept the site’s version', error: null, errorCode: null, conflictJson: null });
    });
    this.outbox.kick();
    return publicJob(next);
  }

  pullDifferences(storyId: string, siteId: string): PullDifferences | null {
    this.library.stories.get(storyId);
    return this.store.pullDifferences(storyId, siteId);
  }

  /** The user looked at what Presswork would change: recorded (and logged), and the checklist's blocker lifts. */
  confirmPullDifferences(storyId: string, siteId: string): PullDifferences | null {
    const story = this.library.stories.get(storyId);
    const site = this.sites.store.get(siteId);
    return this.store.transaction(() => {
      if (this.store.markDifferencesLooked(storyId, siteId)) {
        this.store.log({ storyId, siteId, siteName: site.name, jobId: null, who: site.user.username, storyVersion: story.version, action: 'publish', result: 'differences looked at', link: null, message: 'The differences Presswork would make to the post were looked at.' });
      }
      return this.store.pullDifferences(storyId, siteId);
    });
  }

  retry(jobId: string): PublishJob {
    const job = this.store.job(jobId);
    if (job.state !== 'failed' && job.state !== 'waiting') throw new UserFacingError('conflict', 'Only a failed or waiting job can be tried again.');
    const next = this.store.transaction(() => this.store.updateJob(jobId, { state: 'queued', step: 'Queued', nextAttemptAt: this.now(), error: null, errorCode: null }));
    this.outbox.kick();
    return publicJob(next);
  }

  preview(storyId: string): { title: string; standfirst: string; html: string } {
    const story = this.library.stories.get(storyId);
    try {
      const markup = bodyToBlockMarkup(story.body, (mediaId) => {
        const item = this.media?.find(mediaId);
        return item ? { remoteId: 0, url: mediaUrl(item.sha256, 'w1600jpeg'), alt: item.alt, caption: item.caption, credit: item.credit } : null;
      });
      // The block comments mean nothing to a browser.
      return { title: story.headline, standfirst: story.fields.standfirst, html: markup.replace(/<!--[\s\S]*?-->/g, '') };
    } catch (error) {
      if (error instanceof BlockConversionError) throw new UserFacingError('media', `No preview: ${error.message}`);
      throw error;
    }
  }

  private images(story: Story): ChecklistImage[] {
    const refs = mediaReferences(story.body).map((r) => ({ mediaId: r.mediaId, nodeAlt: r.nodeAlt }));
    if (story.fields.featuredImageId && !refs.some((r) => r.mediaId === story.fields.featuredImageId)) refs.push({ mediaId: story.fields.featuredImageId, nodeAlt: null });
    return refs.map((ref) => {
      if (ref.mediaId.startsWith('wp-attachment:')) return { mediaId: ref.mediaId, alt: ref.nodeAlt ?? '', exists: true };
      const item = this.media?.find(ref.mediaId) ?? null;
      const alt = ref.nodeAlt && ref.nodeAlt.trim() !== '' ? ref.nodeAlt : (item?.alt ?? '');
      return { mediaId: ref.mediaId, alt, exists: item !== null };
    });
  }

  /** The round trip's facts for the checklist: differences not looked at, kept blocks from elsewhere, blocks the site will filter. */
  private pullChecks(story: Story, site: SiteRecord): ChecklistPull | null {
    const kept = preservedBlocksIn(story.body);
    const waiting = this.store.pullDifferences(story.id, site.id);
    if (kept.length === 0 && !waiting) return null;
    const unlookedDifferences = waiting && waiting.lookedAt === null ? differenceLabels(waiting.differences) : [];
    const unpulled = unpulledBlocks(story.body, this.store.pulledHashes(story.id, site.id));
    // kses filters these for an account without unfiltered_html (authors and contributors; everyone on a multisite but super admins).
    const filtered = site.user.capabilities.includes('unfiltered_html') ? [] : kept.filter((block) => holdsActiveContent(block.markup)).map((block) => block.label);
    return { unlookedDifferences, unpulled, filtered };
  }

  /** A client that asks the site once, without retries: the checklist must answer quickly, online or not. */
  private quickClient(siteId: string): Promise<{ site: SiteRecord; client: WordPressClient }> {
    return this.sites.client(siteId, { policy: { maxAttempts: 1, baseDelayMs: 0, maxDelayMs: 0, maxRetryAfterMs: 0 }, timeoutMs: 10_000 });
  }

  /** Another post on the site with this slug; null when free, or when the site cannot be asked right now. */
  private async slugTakenBy(client: WordPressClient, storyId: string, siteId: string, slug: string): Promise<{ id: number; title: string } | null> {
    if (slug === '') return null;
    const remote = this.store.remote(storyId, siteId);
    return offlineAsNull(async () => {
      const found = readRemotePosts((await client.get<unknown>('/wp/v2/posts', { slug, status: 'any', context: 'edit', _fields: 'id,title' })).data);
      const other = found.find((p) => p.id !== remote?.remoteId);
      return other ? { id: other.id, title: other.title.raw ?? '' } : null;
    });
  }

  /** Where the story's byline, SEO fields and standfirst go on the site; null when the site cannot be asked right now. */
  private checklistSite(client: WordPressClient, site: SiteRecord, story: Story): Promise<ChecklistSite | null> {
    return offlineAsNull(async () => ({
      accountName: site.user.name,
      metadata: await this.sites.metadata(site, client),
      byline: story.fields.byline,
      author: (await bylineAuthor(this.terms, client, site, story.fields.byline))?.name ?? null,
      seoTitle: story.fields.seoTitle,
      metaDescription: story.fields.metaDescription,
    }));
  }
}

/** Offline: the job is queued anyway (the post lookup by slug guards against a duplicate), and the checklist leaves out what only the site could say. */
async function offlineAsNull<T>(ask: () => Promise<T>): Promise<T | null> {
  try {
    return await ask();
  } catch (error) {
    if (error instanceof SiteError && error.retryable) return null;
    throw error;
  }
}

/** Names in SQLite's `ORDER BY lower(name)` order: ASCII letters folded, then code units compared. */
function byLowerName(a: string, b: string): number {
  const fold = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());
  const [x, y] = [fold(a), fold(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Block markup as readable text for the side-by-side view: comments and tags out, one block per line. */
function blockMarkupText(markup: string): string {
  return markup
    .replace(/<!--[\s\S]*?-->/g, '\n')
    .replace(/<\/(p|h[1-6]|li|blockquote|figcaption|cite)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;/g, "'")
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join('\n');
}
