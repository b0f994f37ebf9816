import type { Database } from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { openLibraryFile } from '../store/library-file';
import { createLibrary } from '../store/library';
import { createDispatch, type Dispatch } from './dispatch';
import { EventHub } from '../events/event-hub';
import { bindHandlers } from './handlers';
import type { SecretStore } from '../secrets/secret-store';
import { createPublishing } from '../publish/publishing';
import { mediaLibrarySource } from '../publish/media-source';
import { mediaLibraryInbox } from '../publish/media-inbox';
import { createMedia } from '../media/media-capability';
import { isAuthorizationCallback } from '../sites/site-authorization';
import { CloseGate, type CloseOutcome } from './close-gate';

export interface CoreOptions {
  dataDir: string;
  shell: 'electron' | 'harness';
  version: string;
  secrets: SecretStore;
  nativeBinding?: string;
  now?: () => number;
}

export interface Core {
  dispatch: Dispatch;
  events: EventHub;
  db: Database;
  /** Where media renditions live; the app protocol serves `/media/...` from here. */
  mediaDir: string;
  /**
   * A link the OS handed to the app (Electron's open-url or a second instance's argv; the harness's
   * stand-in for it). Answers false for links that are not Presswork's.
   */
  openUrl(url: string): Promise<boolean>;
  /** Asks the window to save the open story before it closes; resolves when it has, or could not, or did not answer in time. */
  requestClose(timeoutMs?: number): Promise<CloseOutcome>;
  close(): void;
}

export const DATABASE_FILE = 'library.sqlite';

/** The whole application minus its window: plain Node, owned by Electron's main process or by the harness. */
export function createCore(options: CoreOptions): Core {
  mkdirSync(options.dataDir, { recursive: true });
  const db = openLibraryFile(path.join(options.dataDir, DATABASE_FILE), { nativeBinding: options.nativeBinding });
  const events = new EventHub();
  const library = createLibrary(db, options.now, events);
  const media = createMedia({ db, dataDir: options.dataDir, events, now: options.now });
  const publishing = createPublishing({ db, events, secrets: options.secrets, now: options.now, library, media: mediaLibrarySource(media), mediaInbox: mediaLibraryInbox(media) });

  const closeGate = new CloseGate((requestId) => events.emit('closeRequested', { requestId }));
  const handlers = bindHandlers({ app: options, closeGate, library, media, publishing });

  return {
    dispatch: createDispatch(handlers),
    events,
    db,
    mediaDir: media.mediaDir,
    requestClose: (timeoutMs) => closeGate.request(timeoutMs),
    openUrl: async (url) => {
      if (!isAuthorizationCallback(url)) return false;
      await publishing.openCallback(url);
      return true;
    },
    close: () => {
      void media.close();
      publishing.close();
      db.close();
    },
  };
}
