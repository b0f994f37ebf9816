import { randomUUID } from 'node:crypto';
import type { DomWindow } from '../../shared/content/dom-window';
import type { SyncSummary } from '../../shared/contract/operations/sites';
import { SLUG_MAX, SLUG_PATTERN } from '../../shared/story/slug';
import { bodyDepthProblem, emptyFields, type StoryStatus } from '../../shared/story/story-schema';
import { POST_FIELDS, type RemotePost } from '../wordpress/remote-post';
import type { PublishStore, RemoteRecord } from './publish-store';
import { type RemoteTerm, type SiteTerms } from '../wordpress/site-terms';
import { readRemoteAuthor, readRemoteIds, readRemoteTerm } from '../wordpress/remote-term-reading';
import { SiteError } from '../wordpress/site-error';
import { errorMessage } from '../../shared/contract/result';
import { remoteId, remoteRecord, remoteText } from '../../shared/contract/remote-values';
import { readRemotePost } from './remote-post-reading';
import type { WordPressClient } from '../wordpress/wordpress-client';
import type { EventHub } from '../events/event-hub';
import type { Library } from '../store/library';
import type { AttachmentPuller, AttachmentSession } from './attachment-puller';
import { postText, postWindow } from '../wordpress/post-text';
import { pullRecord } from './pulled-markup';
import type { SiteService } from '../sites/site-service';

interface SyncedPost extends RemotePost {
  modified: string;
  categories?: number[];
  tags?: number[];
  author?: number;
  featured_media?: number;
}

/**
 * What a sync did. The images counts are not in the contract's SyncSummary yet, so the answer to
 * the renderer drops them until it has them.
 */
export interface SyncReport extends SyncSummary {
  /** Site images downloaded into the media library. */
  mediaImported: number;
  /** Site images that could not be brought in; their stories keep referring to the site's copy. */
  mediaFailed: number;
}

/** A post of a sync page read field by field; null without a usable id. */
function readSyncedPost(value: unknown): SyncedPost | null {
  const post = remoteRecord(value);
  if (remoteId(post.id) === null) return null;
  return {
    ...readRemotePost(post),
    modified: remoteText(post.modified, 40),
    categories: readRemoteIds(post.categories),
    tags: readRemoteIds(post.tags),
    author: remoteId(post.author) ?? undefined,
    featured_media: remoteId(post.featured_media) ?? undefined,
  };
}

const LOCAL_STATUS: Record<string, StoryStatus> = { publish: 'published', future: 'scheduled', pending: 'in_copy', draft: 'draft' };

/**
 * Sync down, per site: sections (the category hierarchy), tags and authors, then the posts
 * (drafts, pending, scheduled, published) modified since the last sync, into the library.
 * A story edited here since its last sync is never overwritten by the site's version.
 */
export class SiteSync {
  constructor(
    private readonly sites: SiteService,
    private readonly terms: SiteTerms,
    private readonly library: Library,
    private readonly store: PublishStore,
    private readonly events: EventHub,
    private readonly attachments: AttachmentPuller,
    private readonly now: () => number = Date.now,
    private readonly onSkip: (siteId: string, postId: number, reason: string) => void = () => {},
  ) {}

  async sync(siteId: string): Promise<SyncReport> {
    const { client } = await this.sites.client(siteId);
    // A plugin or theme may have changed since Connect: the connection status and the checklist go by this.
    await this.sites.refreshMetadata(siteId, client);
    // Categories are kept together for their hierarchy; everything else is stored a page at a time.
    const categories: RemoteTerm[] = [];
    await eachPage(client, '/wp/v2/categories', { context: 'edit' }, readRemoteTerm, (page) => {
      categories.push(...page);
    });
    const tags = await eachPage(client, '/wp/v2/tags', { context: 'edit' }, readRemoteTerm, (page) => {
      this.store.transaction(() => {
        for (const t of page) this.terms.remember(siteId, 'post_tag', t);
      });
    });
    const authors = await eachPage(client, '/wp/v2/users', { context: 'view' }, readRemoteAuthor, (page) => {
      this.store.transaction(() => {
        for (const a of page) this.terms.rememberAuthor(siteId, a);
      });
    });
    this.store.transaction(() => {
      for (const c of categories) this.terms.remember(siteId, 'category', c);
      this.mirrorSections(siteId, categories);
    });

    const cursor = this.sites.store.syncCursor(siteId);
    const query: Record<string, string | number> = { status: 'publish,future,draft,pending', context: 'edit', orderby: 'modified', order: 'asc', _fields: `${POST_FIELDS},modified,categories,tags,author,featured_media` };
    // One second back: modified_after is exclusive and dates have one-second precision; unchanged posts are skipped below.
    if (cursor) query.modified_after = new Date(Date.parse(`${cursor}Z`) - 1000).toISOString();
    const serverNow = { at: '' };
    const summary: SyncReport = { sections: categories.length, tags, authors, postsCreated: 0, postsUpdated: 0, postsSkipped: 0, mediaImported: 0, mediaFailed: 0, postsFailed: 0, failures: [] };
    const window = postWindow();
    const media = this.attachments.session(siteId, client);
    let latest = cursor;
    await eachPage(
      client,
      '/wp/v2/posts',
      query,
      readSyncedPost,
      async (posts) => {
        for (const post of posts) {
          try {
            summary[await this.importPost(siteId, post, window, media)]++;
          } catch (error) {
            // One post the app cannot read must not stop the sync of every post after it.
            if (!(error instanceof UnreadablePost)) throw error;
            summary.postsFailed++;
            if (summary.failures.length < 20) summary.failures.push({ postId: post.id, title: (post.title.raw ?? '').slice(0, 300), reason: error.message.slice(0, 500) });
            this.onSkip(siteId, post.id, error.message);
          }
          // A scheduled post created with a future date carries that date as modified: never move the cursor past the site's clock.
          if ((latest === null || post.modified_gmt > latest) && (serverNow.at === '' || post.modified_gmt <= serverNow.at)) latest = post.modified_gmt;
        }
      },
      serverNow,
    );
    this.sites.store.synced(siteId, latest, this.now());
    summary.mediaImported = media.imported;
    summary.mediaFailed = media.failed;
    if (summary.postsCreated + summary.postsUpdated > 0) this.events.emit('libraryChanged', { reason: 'sync' });
    return summary;
  }

  /** The site's categories as local sections of that site, parents before children. */
  private mirrorSections(siteId: string, categories: RemoteTerm[]): void {
    const sections = this.library.sections;
    const remaining = [...categories];
    const placed = new Set<number>();
    while (remaining.length > 0) {
      const ready = remaining.filter((c) => !c.parent || placed.has(c.parent) || !categories.some((p) => p.id === c.parent));
      if (ready.length === 0) break;
      for (const c of ready) {
        remaining.splice(remaining.indexOf(c), 1);
        placed.add(c.id);
        const parent = c.parent ? sections.mirrorOf(siteId, c.parent) : null;
        sections.mirror(siteId, c.id, parent, c.name.slice(0, 120) || c.slug);
      }
    }
  }

  private linked(siteId: string, remoteId: number): RemoteRecord | null {
    return this.store.remoteOfPost(siteId, remoteId);
  }

  /** Already in step with the site, or edited here since the last sync (the next publish shows both versions instead). */
  private keepsLocal(linked: RemoteRecord | null, post: SyncedPost): boolean {
    if (!linked) return false;
    if (linked.modifiedGmt === post.modified_gmt) return true;
    if (!this.library.stories.exists(linked.storyId)) return false;
    return linked.syncedVersion !== null && this.library.stories.get(linked.storyId).version !== linked.syncedVersion;
  }

  private async importPost(siteId: string, post: SyncedPost, window: DomWindow, media: AttachmentSession): Promise<'postsCreated' | 'postsUpdated' | 'postsSkipped'> {
    if (this.keepsLocal(this.linked(siteId, post.id), post)) return 'postsSkipped';
    const text = readPostText(post, window);
    const body = await media.localize(text.body);
    const featuredImageId = post.featured_media ? await media.reference(post.featured_media) : null;
    const sectionIds = (post.categories ?? []).map((id) => this.library.sections.mirrorOf(siteId, id)).filter((id): id is number => id !== null);
    const tagNames = (post.tags ?? [])
      .map((id) => this.terms.name(siteId, 'post_tag', id))
      .filter((n): n is string => n !== null)
      .map((n) => n.slice(0, 80));
    const author = post.author ? this.terms.authorNameOf(siteId, post.author) : null;
    const slug = post.slug.length <= SLUG_MAX && SLUG_PATTERN.test(post.slug) ? post.slug : '';

    const result = this.library.saves.together((write) => {
      // Read again: the story may have been saved here while the images were downloading.
      const linked = this.linked(siteId, post.id);
      if (this.keepsLocal(linked, post)) return null;
      const storyId = linked && this.library.stories.exists(linked.storyId) ? linked.storyId : this.library.stories.create().id;
      const current = this.library.stories.get(storyId);
      const fields = {
        ...emptyFields(),
        ...current.fields,
        standfirst: text.standfirst,
        slug,
        sectionIds,
        tags: tagNames,
        featuredImageId,
        byline: author !== null ? [author.slice(0, 120)] : current.fields.byline,
      };
      const saved = write({ id: storyId, headline: text.headline, body, fields });
      this.library.stories.setStatus(storyId, LOCAL_STATUS[post.status] ?? 'draft');
      if (!linked || linked.storyId !== storyId) this.store.relink(storyId, siteId, post.id, randomUUID(), post.slug);
      this.store.recordRemote(storyId, siteId, { remoteId: post.id, remoteStatus: post.status, link: post.link, modifiedGmt: post.modified_gmt, slug: post.slug, syncedVersion: saved.version });
      this.store.rememberPull(storyId, siteId, pullRecord(text));
      return linked ? ('postsUpdated' as const) : ('postsCreated' as const);
    });
    return result ?? 'postsSkipped';
  }
}

/** A post the sync leaves out, saying why; the sync goes on with the next. */
class UnreadablePost extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnreadablePost';
  }
}

/** The post as a story, which must also be one the editor could save (nested within the limits). */
function readPostText(post: SyncedPost, window: DomWindow): ReturnType<typeof postText> {
  let text: ReturnType<typeof postText>;
  try {
    text = postText(post, window);
  } catch (error) {
    throw new UnreadablePost(`Presswork could not read its content (${errorMessage(error)}); it is left as it is on the site.`);
  }
  const problem = bodyDepthProblem(text.body);
  if (problem) throw new UnreadablePost(`Its content cannot be kept as a story: ${problem}`);
  return text;
}

/**
 * Every page of a collection (WordPress caps a page at 100 items and says how many pages there
 * are), handed to `visit` one at a time so that a sync holds one page, not the whole site.
 * Answers how many items there were.
 */
async function eachPage<T>(
  client: WordPressClient,
  route: string,
  query: Record<string, string | number>,
  read: (item: unknown) => T | null,
  visit: (items: T[]) => void | Promise<void>,
  serverNow?: { at: string },
): Promise<number> {
  let count = 0;
  for (let page = 1; page <= 200; page++) {
    const res = await client.get<unknown>(route, { ...query, per_page: 100, page });
    const date = Date.parse(res.headers.get('date') ?? '');
    if (serverNow && page === 1 && !Number.isNaN(date)) serverNow.at = new Date(date).toISOString().slice(0, 19);
    if (!Array.isArray(res.data)) throw new SiteError('not_wordpress', `The site answered ${route} with something that is not a list, so the sync stopped. Check that the address is the WordPress site.`);
    // Values a site sends are read field by field; an item without a usable id is left out.
    const items = res.data.map(read).filter((item): item is T => item !== null);
    count += items.length;
    await visit(items);
    const pages = Number(res.headers.get('x-wp-totalpages') ?? '1');
    if (page >= pages || res.data.length === 0) break;
  }
  return count;
}
