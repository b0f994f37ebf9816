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
import { openCoreLog } from '../log/core-log';
import { reportSlowStatements } from '../log/slow-statements';
import { schemaVersion } from '../store/database';
import type { FileGrant } from '../media/file-grants';
import { libraryFolderFailure, storageFailure } from '../store/storage-failure';

export interface CoreOptions {
  dataDir: string;
  shell: 'electron' | 'harness';
  version: string;
  secrets: SecretStore;
  nativeBinding?: string;
  now?: () => number;
  /** What the log calls slow; the defaults are 50 ms for an SQL statement and 200 ms for an operation. */
  log?: { slowQueryMs?: number; slowOperationMs?: number };
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
  /**
   * Files the user chose in a native dialog or dropped on the window (Electron gives the shell their
   * paths): answered as tokens for the renderer's `importMediaFiles`, so no path crosses to it.
   */
  grantFiles(paths: string[]): FileGrant[];
  close(): void;
}

export const DATABASE_FILE = 'library.sqlite';

/** The whole application minus its window: plain Node, owned by Electron's main process or by the harness. */
export function createCore(options: CoreOptions): Core {
  const started = performance.now();
  // Private to the user: the library, its backups and sealed secrets live here.
  try {
    mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  } catch (error) {
    throw libraryFolderFailure(error, options.dataDir) ?? error;
  }
  const log = openCoreLog(options.dataDir);
  let db: Database;
  try {
    db = openLibraryFile(path.join(options.dataDir, DATABASE_FILE), { nativeBinding: options.nativeBinding });
  } catch (error) {
    log.error('core-start-failed', { shell: options.shell, version: options.version }, error);
    throw storageFailure(error, options.dataDir) ?? error;
  }
  const slowQueryMs = options.log?.slowQueryMs ?? 50;
  const slowOperationMs = options.log?.slowOperationMs ?? 200;
  reportSlowStatements(db, slowQueryMs, (sql, ms) => log.warn('slow-query', { ms: Math.round(ms), sql: sql.replace(/\s+/g, ' ').trim().slice(0, 300) }));
  const events = new EventHub();
  const library = createLibrary(db, options.now, events);
  library.afterSaves.onTaskFailure = (task, error) => log.error('idle-task-failed', { task }, error);
  const media = createMedia({ db, dataDir: options.dataDir, events, now: options.now });
  const publishing = createPublishing({
    db,
    events,
    secrets: options.secrets,
    now: options.now,
    library,
    media: mediaLibrarySource(media),
    mediaInbox: mediaLibraryInbox(media),
    outbox: { onError: (error) => log.error('publish-job-failed', {}, error) },
    onSyncSkip: (site, post, reason) => log.warn('sync-post-skipped', { site, post, reason: reason.slice(0, 300) }),
  });

  const closeGate = new CloseGate((requestId) => events.emit('closeRequested', { requestId }));
  const handlers = bindHandlers({ app: options, closeGate, library, media, publishing });

  log.info('core-started', { shell: options.shell, version: options.version, schema: schemaVersion(db), ms: Math.round(performance.now() - started) });
  return {
    dispatch: createDispatch(handlers, {
      logError: (operation, error) => log.error('operation-failed', { operation }, error),
      describeFailure: (error) => storageFailure(error, options.dataDir),
      timed: (operation, ms) => {
        if (ms >= slowOperationMs) log.warn('slow-operation', { operation, ms: Math.round(ms) });
      },
    }),
    events,
    db,
    mediaDir: media.mediaDir,
    requestClose: (timeoutMs) => closeGate.request(timeoutMs),
    grantFiles: (paths) => media.grants.grant(paths),
    openUrl: async (url) => {
      if (!isAuthorizationCallback(url)) return false;
      await publishing.openCallback(url);
      return true;
    },
    close: () => {
      // Idle work still due would only meet the closed database; each task catches up at the next start.
      library.afterSaves.cancel();
      void media.close();
      publishing.close();
      db.close();
      log.info('core-stopped', { shell: options.shell });
      log.close();
    },
  };
}
