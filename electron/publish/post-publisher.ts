import { footnoteFormatFor } from '../../shared/content/wordpress/footnote-anchors';
import { bodyToPostContent, BlockConversionError, type ResolvedMedia } from '../../shared/content/wordpress/to-blocks';
import { mediaReferences } from '../../shared/media/media-references';
import { UserFacingError } from '../../shared/contract/result';
import type { Story } from '../../shared/story/story-schema';
import { slugify } from '../../shared/story/slug';
import type { Library } from '../store/library';
import type { SiteService } from '../sites/site-service';
import type { SiteRecord } from '../sites/site-store';
import { MIME_TYPES, type PublishMediaItem, type PublishMediaSource } from './media-source';
import type { JobRecord, PublishStore, RemoteRecord } from './publish-store';
import { SiteError } from '../wordpress/site-error';
import type { SiteTerms } from '../wordpress/site-terms';
import { POST_FIELDS, type RemotePost } from '../wordpress/remote-post';
import { readRemotePost, readRemotePosts } from './remote-post-reading';
import { unpulledBlocks } from './pulled-markup';
import { bylineAuthor, metadataMeta } from './story-metadata';
import type { WordPressClient } from '../wordpress/wordpress-client';

/** The site changed the post since our last sync: nothing was overwritten. */
export class ConflictDetected extends Error {
  constructor(readonly theirs: RemotePost) {
    super('The post was changed on the site since the last sync.');
    this.name = 'ConflictDetected';
  }
}

export type Progress = (step: string, fraction: number) => void;

export interface PublishOutcome {
  remote: RemotePost;
  mediaBytes: number;
}

/**
 * The slug the story's post gets: the story's own; without one, the post's slug on the site when it
 * has a post there (a site's slug may be one our field cannot hold, such as an encoded non-Latin
 * one), else one derived from the headline.
 */
export function storySlug(story: Story, remote: Pick<RemoteRecord, 'remoteId' | 'slug'> | null = null): string {
  if (story.fields.slug !== '') return story.fields.slug;
  return remote?.remoteId != null ? remote.slug : slugify(story.headline);
}

/**
 * Does the remote work of one outbox job. Every step is safe to run again after a crash or a lost
 * answer: media and posts are looked up by their deterministic slug before anything is created.
 */
export class PostPublisher {
  constructor(
    private readonly store: PublishStore,
    private readonly terms: SiteTerms,
    private readonly sites: SiteService,
    private readonly library: Library,
    private readonly media: PublishMediaSource | null,
  ) {}

  async run(job: JobRecord, progress: Progress): Promise<PublishOutcome> {
    const { site, client } = await this.sites.client(job.siteId);
    const story = this.library.stories.get(job.storyId);
    const remote = this.store.remote(job.storyId, job.siteId);
    if (!remote) throw new UserFacingError('internal', 'The publishing intent was not recorded; publish the story again.');
    if (job.action === 'publish') return this.publish(job, site, client, story, remote, progress);
    return this.changeStatus(job, client, remote, progress);
  }

  private async publish(job: JobRecord, site: SiteRecord, client: WordPressClient, story: Story, remote: RemoteRecord, progress: Progress): Promise<PublishOutcome> {
    progress('Uploading images', 0.1);
    const { resolved, bytes } = await this.uploadMedia(site, client, story, progress);

    progress('Creating tags and sections', 0.6);
    const tags: number[] = [];
    for (const name of story.fields.tags) tags.push(await this.terms.ensure(client, site.id, 'post_tag', name));
    const categories: number[] = [];
    for (const sectionId of story.fields.sectionIds) categories.push(await this.ensureSection(client, site.id, sectionId));

    // Raw markup goes only back where it came from: a kept block not pulled from this site for this story is refused.
    const unpulled = unpulledBlocks(story.body, this.store.pulledHashes(story.id, site.id));
    if (unpulled.length > 0) {
      throw new UserFacingError('invalid_input', `Not published: ${quotedLabels(unpulled)} ${unpulled.length === 1 ? 'was' : 'were'} not pulled from this site for this story, and Presswork writes a kept block only back to its own post. Remove ${unpulled.length === 1 ? 'it' : 'them'} or rebuild the content in the editor.`);
    }
    const waiting = this.store.pullDifferences(story.id, site.id);
    if (remote.remoteId !== null && waiting && waiting.lookedAt === null && waiting.differences.length > 0) {
      throw new UserFacingError('invalid_input', 'Not published: Presswork would change blocks of the live post you did not edit. Look at the differences first.');
    }

    let content: string;
    let footnotesMeta: string | null;
    try {
      // WordPress 6.3+ has a footnotes block fed from post meta; older sites get the numbered list. A classic post stays classic.
      const classic = this.store.postFormat(story.id, site.id) === 'classic';
      ({ content, footnotesMeta } = bodyToPostContent(story.body, (id) => resolved.get(id) ?? null, footnoteFormatFor(site.wpVersion), { classic, wordpressVersion: site.wpVersion }));
    } catch (error) {
      if (error instanceof BlockConversionError) throw new UserFacingError('invalid_input', error.message);
      throw error;
    }
    const featured = story.fields.featuredImageId ? resolved.get(story.fields.featuredImageId) : undefined;
    const metadata = await this.sites.metadata(site, client);
    const author = await bylineAuthor(this.terms, client, site, story.fields.byline);
    const payload: Record<string, unknown> = {
      title: story.headline,
      content,
      excerpt: story.fields.standfirst,
      // A post on the site takes the story's slug (a change of a live one was asked in the checklist); a new one the intent's, which finds it again after a lost answer.
      slug: remote.remoteId !== null ? storySlug(story, remote) : remote.slug,
      status: job.targetStatus ?? 'publish',
      categories,
      tags,
      featured_media: featured ? featured.remoteId : 0,
    };
    if (author !== null) payload.author = author.id;
    const meta: Record<string, string> = metadataMeta(metadata, story);
    if (footnotesMeta !== null) meta.footnotes = footnotesMeta;
    if (Object.keys(meta).length > 0) payload.meta = meta;
    if (job.targetStatus === 'future' && job.dateGmt) payload.date_gmt = job.dateGmt;

    progress('Sending the post', 0.8);
    const post = await this.writePost(job, client, story, remote, payload);
    return { remote: post, mediaBytes: bytes };
  }

  /** Update when we know the post, else adopt one a lost answer left behind, else create. */
  private async writePost(job: JobRecord, client: WordPressClient, story: Story, remote: RemoteRecord, payload: Record<string, unknown>): Promise<RemotePost> {
    let current: SitePost | null = null;
    if (remote.remoteId !== null) {
      current = await this.fetchPost(client, remote.remoteId);
      if (current && !job.force && remote.modifiedGmt !== null && current.post.modified_gmt !== remote.modifiedGmt) throw new ConflictDetected(current.post);
    }
    current ??= await this.findOurs(client, remote, story.headline);
    if (current) {
      const json = holdsBack(payload, current) ? { ...payload, date_gmt: null } : payload;
      return readRemotePost((await client.request<unknown>('POST', `/wp/v2/posts/${current.post.id}`, { json, query: { context: 'edit', _fields: POST_FIELDS }, idempotent: true })).data);
    }
    // Not idempotent: when this answer is lost, the next attempt finds the post by slug first.
    return readRemotePost((await client.request<unknown>('POST', '/wp/v2/posts', { json: payload, query: { context: 'edit', _fields: POST_FIELDS }, idempotent: false })).data);
  }

  private async fetchPost(client: WordPressClient, id: number): Promise<SitePost | null> {
    try {
      const res = await client.get<unknown>(`/wp/v2/posts/${id}`, { context: 'edit', _fields: POST_FIELDS });
      return { post: readRemotePost(res.data), siteNow: siteClock(res.headers) };
    } catch (error) {
      // Deleted for good on the site (not merely trashed): publishing makes it again.
      if (error instanceof SiteError && error.failure === 'not_found') return null;
      throw error;
    }
  }

  /** The post an earlier attempt created but whose answer never arrived: same slug, same headline. */
  private async findOurs(client: WordPressClient, remote: RemoteRecord, headline: string): Promise<SitePost | null> {
    const res = await client.get<unknown>('/wp/v2/posts', { slug: remote.slug, status: 'any', context: 'edit', _fields: POST_FIELDS, per_page: 10 });
    const ours = readRemotePosts(res.data).filter((p) => (p.title.raw ?? '') === headline).sort((a, b) => a.id - b.id)[0];
    return ours ? { post: ours, siteNow: siteClock(res.headers) } : null;
  }

  private async changeStatus(job: JobRecord, client: WordPressClient, remote: RemoteRecord, progress: Progress): Promise<PublishOutcome> {
    if (remote.remoteId === null) throw new UserFacingError('not_found', 'This story is not on that site, so there is nothing to take down.');
    progress(job.action === 'trash' ? 'Moving the post to the trash' : 'Unpublishing', 0.5);
    if (job.action === 'trash') {
      try {
        const res = await client.request<unknown>('DELETE', `/wp/v2/posts/${remote.remoteId}`, { query: { context: 'edit', _fields: POST_FIELDS } });
        return { remote: readRemotePost(res.data), mediaBytes: 0 };
      } catch (error) {
        // An earlier attempt trashed it and its answer was lost.
        if (!(error instanceof SiteError && error.remoteCode === 'rest_already_trashed')) throw error;
        const current = await this.fetchPost(client, remote.remoteId);
        if (!current) throw error;
        return { remote: current.post, mediaBytes: 0 };
      }
    }
    const res = await client.request<unknown>('POST', `/wp/v2/posts/${remote.remoteId}`, { json: { status: 'draft' }, query: { context: 'edit', _fields: POST_FIELDS }, idempotent: true });
    return { remote: readRemotePost(res.data), mediaBytes: 0 };
  }

  /** A local section as a category of the site: synced ones by id, others by their name path, created when missing. */
  private async ensureSection(client: WordPressClient, siteId: string, sectionId: number): Promise<number> {
    const chain = this.library.sections.chain(sectionId);
    const own = chain[chain.length - 1]!;
    if (own.site === siteId && own.remoteId !== null) return own.remoteId;
    let parent = 0;
    for (const level of chain) parent = level.site === siteId && level.remoteId !== null ? level.remoteId : await this.terms.ensure(client, siteId, 'category', level.name, parent);
    return parent;
  }

  private async uploadMedia(site: SiteRecord, client: WordPressClient, story: Story, progress: Progress): Promise<{ resolved: Map<string, ResolvedMedia>; bytes: number }> {
    const refs = mediaReferences(story.body);
    const wanted = new Map<string, string | null>();
    for (const ref of refs) if (!wanted.has(ref.mediaId)) wanted.set(ref.mediaId, ref.nodeAlt);
    // A library item every image of which is still shown from its published src (an external image
    // sync brought in) is not uploaded until the user chooses the library copy: the story goes back as it came.
    const keptAtSrc = new Set(refs.filter((ref) => ref.publishedSrc).map((ref) => ref.mediaId));
    for (const ref of refs) if (!ref.publishedSrc) keptAtSrc.delete(ref.mediaId);
    if (story.fields.featuredImageId) keptAtSrc.delete(story.fields.featuredImageId);
    if (story.fields.featuredImageId && !wanted.has(story.fields.featuredImageId)) wanted.set(story.fields.featuredImageId, null);
    const resolved = new Map<string, ResolvedMedia>();
    if (wanted.size === 0) return { resolved, bytes: 0 };
    if (!this.media) throw new UserFacingError('media', 'The media library is not available, so the story’s images cannot be uploaded.');
    let bytes = 0;
    let done = 0;
    for (const [mediaId, nodeAlt] of wanted) {
      const attachment = /^wp-attachment:(\d+)$/.exec(mediaId);
      if (attachment) {
        // Pulled from the site by sync and never replaced: already there.
        resolved.set(mediaId, await this.existingAttachment(client, Number(attachment[1]), nodeAlt ?? ''));
        continue;
      }
      const item = this.media.find(mediaId);
      if (!item) throw new UserFacingError('media', 'An image of the story is no longer in the media library; replace or remove it.');
      const alt = nodeAlt && nodeAlt.trim() !== '' ? nodeAlt : item.alt;
      let uploaded = this.store.uploadedMedia(site.id, item.sha256);
      if (!uploaded && keptAtSrc.has(mediaId)) {
        done++;
        continue;
      }
      if (!uploaded) {
        const result = await this.uploadOne(client, item, alt);
        bytes += result.bytes;
        uploaded = { remoteId: result.remoteId, url: result.url };
        this.store.transaction(() => this.store.rememberMedia(site.id, item.sha256, uploaded!.remoteId, uploaded!.url));
      }
      resolved.set(mediaId, { remoteId: uploaded.remoteId, url: uploaded.url, alt, caption: item.caption, credit: item.credit });
      done++;
      progress(`Uploading images (${done} of ${wanted.size})`, 0.1 + 0.5 * (done / wanted.size));
    }
    return { resolved, bytes };
  }

  private async existingAttachment(client: WordPressClient, id: number, alt: string): Promise<ResolvedMedia> {
    try {
      const m = (await client.get<{ id: number; source_url: string; alt_text?: string; media_details?: { sizes?: Record<string, { source_url: string }> } }>(`/wp/v2/media/${id}`, { context: 'edit', _fields: 'id,source_url,alt_text,media_details' })).data;
      return { remoteId: m.id, url: m.media_details?.sizes?.large?.source_url ?? m.source_url, alt: alt || m.alt_text || '', caption: '', credit: '' };
    } catch (error) {
      if (error instanceof SiteError && error.failure === 'not_found') throw new UserFacingError('media', 'An image pulled from the site is no longer in its media library; replace it.');
      throw error;
    }
  }

  /** Once per site per image: looked up by its content-derived slug first, so a lost answer never makes a second copy. */
  private async uploadOne(client: WordPressClient, item: PublishMediaItem, alt: string): Promise<{ remoteId: number; url: string; bytes: number }> {
    const slug = mediaSlug(item.sha256);
    type RemoteMedia = { id: number; source_url: string; media_details?: { sizes?: Record<string, { source_url: string }> } };
    const pick = (m: RemoteMedia) => m.media_details?.sizes?.large?.source_url ?? m.source_url;
    const existing = (await client.get<RemoteMedia[]>('/wp/v2/media', { slug, context: 'edit', _fields: 'id,source_url,media_details' })).data[0];
    if (existing) return { remoteId: existing.id, url: pick(existing), bytes: 0 };
    const file = await this.media!.read(item);
    const title = item.filename.replace(/\.[^.]+$/, '');
    const created = await client.request<RemoteMedia>('POST', '/wp/v2/media', {
      body: file.bytes,
      headers: {
        'Content-Type': MIME_TYPES[file.format] ?? 'application/octet-stream',
        'Content-Disposition': `attachment; filename="${asciiFilename(item.filename, file.format)}"`,
      },
      query: { slug, title, alt_text: alt, caption: item.caption, _fields: 'id,source_url,media_details' },
      idempotent: false,
    });
    return { remoteId: created.data.id, url: pick(created.data), bytes: file.bytes.byteLength };
  }
}

/** A post as the site has it, with the site's own clock at that answer. */
interface SitePost {
  post: RemotePost;
  siteNow: number;
}

/** The site's time from its answer's Date header; ours when it sent none. */
function siteClock(headers: Headers): number {
  const at = Date.parse(headers.get('date') ?? '');
  return Number.isNaN(at) ? Date.now() : at;
}

/**
 * Going live now onto a post dated in the future (scheduled, or a draft that was scheduled and then
 * unpublished): WordPress keeps a post with a future date scheduled whatever status it is sent, so
 * the date is reset, which WordPress (6.1 included) takes as "now" by its own clock. A post already
 * live keeps its publication date.
 */
function holdsBack(payload: Record<string, unknown>, current: SitePost): boolean {
  if (payload.status !== 'publish' || current.post.status === 'publish' || !current.post.date_gmt) return false;
  return Date.parse(`${current.post.date_gmt}Z`) > current.siteNow;
}

function quotedLabels(labels: readonly string[]): string {
  return [...new Set(labels)].map((label) => `“${label}”`).join(', ');
}

/** The attachment's slug on every site: derived from the bytes, so the same image is found again anywhere. */
export const mediaSlug = (sha256: string) => `pw-${sha256.slice(0, 24)}`;

function asciiFilename(name: string, format: string): string {
  const base = name.replace(/\.[^.]+$/, '').normalize('NFKD').replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '') || 'image';
  return `${base.slice(0, 80)}.${format === 'jpeg' ? 'jpg' : format}`;
}
