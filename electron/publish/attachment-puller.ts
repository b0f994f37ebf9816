import { UserFacingError } from '../../shared/contract/result';
import { MEDIA_MAX_BYTES } from '../../shared/media/media-schema';
import type { BodyState } from '../../shared/story/story-schema';
import type { PublishStore } from './publish-store';
import { decodeEntities } from '../wordpress/html-entities';
import type { WordPressClient } from '../wordpress/wordpress-client';
import { fetchExternalImage, type ExternalImage } from '../wordpress/external-image-fetch';
import type { MediaInbox, SiteImageDetails } from './media-inbox';

/** How a story refers to a site's attachment that is not (yet) in the media library. */
export const attachmentRef = (remoteId: number) => `wp-attachment:${remoteId}`;
const ATTACHMENT_REF = /^wp-attachment:(\d+)$/;

/** An attachment as `/wp/v2/media/<id>?context=edit` answers it (the fields asked for). */
interface RemoteAttachment {
  id: number;
  source_url: string;
  media_type?: string;
  alt_text?: string;
  caption?: { raw?: string };
  title?: { raw?: string };
  media_details?: {
    original_image?: string;
    sizes?: Record<string, { source_url: string }>;
    image_meta?: { credit?: string };
  };
}

const ATTACHMENT_FIELDS = 'id,source_url,media_type,alt_text,caption,title,media_details';

/**
 * Brings a site's images into the local media library: each attachment a story refers to is
 * downloaded once, imported through the media pipeline (which dedups by content), and remembered
 * per site by content hash (the same map publishing reads), so publishing the story back never
 * uploads it again and a later pull never downloads it again.
 */
export class AttachmentPuller {
  constructor(
    private readonly store: PublishStore,
    private readonly inbox: MediaInbox | null,
    private readonly external: ExternalImageOptions = {},
  ) {}

  /** One sync's (or one conflict resolution's) pulls from one site. Without a client, nothing is downloaded. */
  session(siteId: string, client: WordPressClient | null): AttachmentSession {
    return new AttachmentSession(siteId, client, this.store, this.inbox, this.external);
  }
}

/** How images hotlinked from other sites are downloaded; tests shorten the deadline or let a loopback host through. */
export interface ExternalImageOptions {
  deadlineMs?: number;
  /** Tests only: hosts allowed to resolve to loopback or private addresses (see fetchExternalImage). */
  allowPrivateHosts?: readonly string[];
  /** Where failures are noted (the core log by default). */
  log?: (message: string) => void;
}

export class AttachmentSession {
  /** Attachments newly downloaded into the library. */
  imported = 0;
  /** Attachments that could not be brought in (gone from the site, not an image, unreachable…); stories keep referring to the site's copy. */
  failed = 0;
  private readonly pulls = new Map<number, Promise<string | null>>();
  /** External images by their src, each downloaded once per session. */
  private readonly externalPulls = new Map<string, Promise<string | null>>();

  constructor(
    private readonly siteId: string,
    private readonly client: WordPressClient | null,
    private readonly store: PublishStore,
    private readonly inbox: MediaInbox | null,
    private readonly external: ExternalImageOptions = {},
  ) {}

  /**
   * The body with every `wp-attachment:<id>` image pointing at its library item where the pull
   * worked, and every external image (no media item, only a `src`) given the library item its
   * download became. An external image keeps its `src`, so it is still published from there until
   * the user chooses the library copy.
   */
  async localize(body: BodyState): Promise<BodyState> {
    const wanted = new Map<number, SiteImageDetails>();
    const externals = new Map<string, SiteImageDetails>();
    visitMediaNodes(body, (node) => {
      const match = ATTACHMENT_REF.exec(node.mediaId);
      if (match && !wanted.has(Number(match[1]))) wanted.set(Number(match[1]), nodeDetails(node));
      const src = externalSrc(node);
      if (src !== null && !externals.has(src)) externals.set(src, nodeDetails(node));
    });
    if (wanted.size === 0 && externals.size === 0) return body;
    const local = new Map<string, string>();
    const localExternal = new Map<string, string>();
    await Promise.all([
      ...[...wanted].map(async ([remoteId, details]) => {
        const id = await this.pull(remoteId, details);
        if (id) local.set(attachmentRef(remoteId), id);
      }),
      ...[...externals].map(async ([src, details]) => {
        const id = await this.pullExternal(src, details);
        if (id) localExternal.set(src, id);
      }),
    ]);
    if (local.size === 0 && localExternal.size === 0) return body;
    const copy = structuredClone(body);
    visitMediaNodes(copy, (node) => {
      const src = externalSrc(node);
      const id = src !== null ? localExternal.get(src) : local.get(node.mediaId);
      if (id) node.mediaId = id;
    });
    return copy;
  }

  /** The library item for an image shown from another address, or null when it cannot (or may not) be had; each src is tried once per session. */
  pullExternal(src: string, details: SiteImageDetails): Promise<string | null> {
    let pending = this.externalPulls.get(src);
    if (!pending) {
      pending = this.pullExternalOnce(src, details);
      this.externalPulls.set(src, pending);
    }
    return pending;
  }

  private async pullExternalOnce(src: string, details: SiteImageDetails): Promise<string | null> {
    if (!this.inbox || !this.client) return null;
    let address = src;
    try {
      // A relative src (`/wp-content/…`, `//cdn…`) is relative to the site it was published on.
      address = new URL(src, this.client.origin).toString();
      const image: ExternalImage = await fetchExternalImage(address, {
        siteUrl: this.client.origin,
        maxBytes: MEDIA_MAX_BYTES,
        deadlineMs: this.external.deadlineMs,
        allowPrivateHosts: this.external.allowPrivateHosts,
      });
      const outcome = await this.inbox.importBytes(externalFileName(image.url), image.bytes);
      if (!outcome.ok) throw new UserFacingError('media', outcome.message);
      this.inbox.prefill(outcome.id, details);
      this.imported++;
      return outcome.id;
    } catch (error) {
      // Refused host, too large, too slow, not an image: the image stays external (published from
      // its src, named by the checklist) and the sync summary counts it.
      this.failed++;
      const reason = error instanceof Error ? error.message : String(error);
      (this.external.log ?? ((m: string) => console.warn(m)))(`[sync] external image ${address} left on its site: ${reason}`);
      return null;
    }
  }

  /** The library id for a featured image (or any attachment), else its `wp-attachment:<id>` reference. */
  async reference(remoteId: number): Promise<string> {
    return (await this.pull(remoteId, { alt: '', caption: '', credit: '' })) ?? attachmentRef(remoteId);
  }

  /** The library item for one attachment, or null when it cannot be had; each attachment is tried once per session. */
  pull(remoteId: number, details: SiteImageDetails): Promise<string | null> {
    let pending = this.pulls.get(remoteId);
    if (!pending) {
      pending = this.pullOnce(remoteId, details);
      this.pulls.set(remoteId, pending);
    }
    return pending;
  }

  private async pullOnce(remoteId: number, details: SiteImageDetails): Promise<string | null> {
    if (!this.inbox) return null;
    const known = this.store.mediaHashOf(this.siteId, remoteId);
    const existing = known ? this.inbox.bySha(known) : null;
    if (existing) return existing.id;
    if (!this.client) return null;
    try {
      const attachment = (await this.client.get<RemoteAttachment>(`/wp/v2/media/${remoteId}`, { context: 'edit', _fields: ATTACHMENT_FIELDS })).data;
      if (attachment.media_type !== undefined && attachment.media_type !== 'image') {
        throw new UserFacingError('media', `Attachment ${remoteId} on ${this.client.host} is not an image.`);
      }
      const original = originalUrl(attachment);
      const { bytes } = await this.client.download(original, MEDIA_MAX_BYTES);
      const outcome = await this.inbox.importBytes(fileName(original, attachment), bytes);
      if (!outcome.ok) throw new UserFacingError('media', outcome.message);
      this.inbox.prefill(outcome.id, {
        alt: attachment.alt_text || details.alt,
        caption: plainText(attachment.caption?.raw ?? '') || details.caption,
        credit: attachment.media_details?.image_meta?.credit || details.credit,
      });
      const shown = attachment.media_details?.sizes?.large?.source_url ?? attachment.source_url;
      this.store.transaction(() => this.store.rememberMedia(this.siteId, outcome.sha256, remoteId, shown));
      this.imported++;
      return outcome.id;
    } catch (error) {
      // Deleted on the site, not an image, too large, unreachable: the story keeps pointing at the
      // site's attachment (publishing still works with it), and the caller counts it.
      if (!(error instanceof UserFacingError)) throw error;
      this.failed++;
      return null;
    }
  }
}

interface MediaNode {
  mediaId: string;
  src?: unknown;
  altText?: unknown;
  caption?: unknown;
  credit?: unknown;
}

/** Every object in the body's JSON that carries a `mediaId`, nested ones included. */
function visitMediaNodes(value: unknown, visit: (node: MediaNode) => void): void {
  if (Array.isArray(value)) {
    for (const item of value) visitMediaNodes(item, visit);
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.mediaId === 'string') visit(record as unknown as MediaNode);
    for (const child of Object.values(record)) if (child !== null && typeof child === 'object') visitMediaNodes(child, visit);
  }
}

/** The src of an external image (no media item, only its published address), else null. */
function externalSrc(node: MediaNode): string | null {
  return node.mediaId === '' && typeof node.src === 'string' && node.src !== '' ? node.src : null;
}

function externalFileName(url: string): string {
  let base = '';
  try {
    base = decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '');
  } catch {
    base = '';
  }
  const safe = base.replace(/[^\p{L}\p{N}._ -]+/gu, '-').replace(/^[.\s-]+/, '').slice(-120);
  return safe !== '' ? safe : 'external-image';
}

function nodeDetails(node: MediaNode): SiteImageDetails {
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  return { alt: text(node.altText), caption: text(node.caption), credit: text(node.credit) };
}

/**
 * WordPress replaces a large upload by a scaled copy (`-scaled`) and names the file it came from
 * in `original_image`: the library wants the original bytes.
 */
function originalUrl(attachment: RemoteAttachment): string {
  const original = attachment.media_details?.original_image;
  if (!original || /[/\\]/.test(original)) return attachment.source_url;
  return new URL(encodeURIComponent(original), attachment.source_url).toString();
}

function fileName(url: string, attachment: RemoteAttachment): string {
  let base = '';
  try {
    base = decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '');
  } catch {
    base = '';
  }
  const safe = base.replace(/[^\p{L}\p{N}._ -]+/gu, '-').replace(/^[.\s-]+/, '').slice(-120);
  if (safe !== '') return safe;
  const title = (attachment.title?.raw ?? '').replace(/[^\p{L}\p{N}._ -]+/gu, '-').slice(0, 80);
  return title !== '' ? title : `attachment-${attachment.id}`;
}

function plainText(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
}
