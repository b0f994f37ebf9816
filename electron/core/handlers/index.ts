import type { createPublishing } from '../../publish/publishing';
import type { MediaCapability } from '../../media/media-capability';
import type { Library } from '../../store/library';
import type { CloseGate } from '../close-gate';
import type { Handlers } from '../dispatch';
import { appHandlers } from './app-handlers';
import { mediaHandlers } from './media-handlers';
import { publishHandlers } from './publish-handlers';
import { reviewHandlers } from './review-handlers';
import { siteHandlers } from './site-handlers';
import { storyHandlers } from './story-handlers';

export interface Capabilities {
  app: { version: string; shell: 'electron' | 'harness' };
  closeGate: CloseGate;
  library: Library;
  media: MediaCapability;
  publishing: ReturnType<typeof createPublishing>;
}

/** Every operation of the contract bound to the capability that answers it, in one place. */
export function bindHandlers({ app, closeGate, library, media, publishing }: Capabilities): Handlers {
  // One handler set per capability; `satisfies Handlers` fails to compile if an operation is unbound.
  return {
    ...appHandlers(app, closeGate),
    ...storyHandlers(library),
    ...reviewHandlers(library),
    ...siteHandlers(publishing.sites, publishing.sync, publishing.authorizations),
    ...publishHandlers(publishing.publishing),
    ...mediaHandlers(media),
  } satisfies Handlers;
}
