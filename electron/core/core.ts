import type { Database } from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../store/database';
import { StoryStore } from '../store/stories';
import { createDispatch, type Dispatch, type Handlers } from './dispatch';
import { EventHub } from './event-hub';
import { appHandlers } from './handlers/app-handlers';
import { storyHandlers } from './handlers/story-handlers';
import type { SecretStore } from '../secrets/secret-store';

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
  close(): void;
}

export const DATABASE_FILE = 'library.sqlite';

/** The whole application minus its window: plain Node, owned by Electron's main process or by the harness. */
export function createCore(options: CoreOptions): Core {
  mkdirSync(options.dataDir, { recursive: true });
  const db = openDatabase(path.join(options.dataDir, DATABASE_FILE), { nativeBinding: options.nativeBinding });
  const events = new EventHub();
  const stories = new StoryStore(db, options.now);

  // One handler set per capability; `satisfies Handlers` fails to compile if an operation is unbound.
  const handlers = {
    ...appHandlers(options),
    ...storyHandlers(stories, events),
  } satisfies Handlers;

  return {
    dispatch: createDispatch(handlers),
    events,
    db,
    close: () => db.close(),
  };
}
