import type { Database } from 'better-sqlite3';
import type { EventHub } from '../events/event-hub';
import type { SecretStore } from '../secrets/secret-store';
import { AttachmentPuller, type ExternalImageOptions } from './attachment-puller';
import type { MediaInbox } from './media-inbox';
import { SiteAuthorizations } from '../sites/site-authorization';
import { SiteService, type SiteServiceOptions } from '../sites/site-service';
import type { Library } from '../store/library';
import type { PublishMediaSource } from './media-source';
import { Outbox, type OutboxOptions } from './outbox';
import { PostPublisher } from './post-publisher';
import { PublishService } from './publish-service';
import { PublishStore } from './publish-store';
import { SiteSync } from './site-sync';
import { SiteTerms } from '../wordpress/site-terms';
import { errorMessage } from '../../shared/contract/result';

export interface PublishingOptions {
  db: Database;
  events: EventHub;
  secrets: SecretStore;
  library: Library;
  media: PublishMediaSource | null;
  /** Where sync and "keep theirs" bring a site's images into the media library; null leaves them on the site. */
  mediaInbox?: MediaInbox | null;
  now?: () => number;
  client?: SiteServiceOptions['client'];
  outbox?: OutboxOptions;
  /** How sync downloads images hotlinked from other sites (tests shorten the deadline or allow a loopback host). */
  externalImages?: ExternalImageOptions;
  /** Where sync notes a post it had to leave out. */
  onSyncSkip?: (siteId: string, postId: number, reason: string) => void;
}

/** Sites, sync and publishing wired once; the core binds their operations and calls `close` on shutdown. */
export function createPublishing(options: PublishingOptions) {
  const now = options.now ?? Date.now;
  const sites = new SiteService(options.db, options.secrets, { now, client: options.client });
  const store = new PublishStore(options.db, now);
  const terms = new SiteTerms(options.db);
  const publisher = new PostPublisher(store, terms, sites, options.library, options.media);
  const outbox = new Outbox(store, sites.store, publisher, options.events, options.library, {
    now,
    onError: (error) => console.error('[publish] job failed unexpectedly:', error),
    ...options.outbox,
  });
  const attachments = new AttachmentPuller(store, options.mediaInbox ?? null, options.externalImages);
  const publishing = new PublishService(store, outbox, sites, options.library, options.media, attachments, terms, now);
  const sync = new SiteSync(sites, terms, options.library, store, options.events, attachments, now, options.onSyncSkip);
  const authorizations = new SiteAuthorizations(sites, { now, fetch: options.client?.fetch, timeoutMs: options.client?.timeoutMs });
  outbox.start();
  return {
    sites,
    outbox,
    publishing,
    sync,
    authorizations,
    /** A link the OS handed to the app (presswork://authorize…): completes a browser sign-in and tells the window. */
    openCallback: async (url: string): Promise<void> => {
      try {
        const site = await authorizations.complete(url);
        options.events.emit('siteAuthorization', { status: 'connected', site });
      } catch (error) {
        options.events.emit('siteAuthorization', { status: 'failed', message: errorMessage(error) });
      }
    },
    close: () => outbox.close(),
  };
}
