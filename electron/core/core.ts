import type { Database } from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../store/database';
import { StoryStore } from '../store/stories';
import { createDispatch, type Dispatch, type Handlers } from './dispatch';
import { EventHub } from './event-hub';
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

  const handlers: Handlers = {
    getAppInfo: () => ({ version: options.version, platform: process.platform, shell: options.shell }),
    listStories: ({ limit, offset }) => stories.list(limit, offset),
    createStory: () => stories.create(),
    getStory: ({ id }) => stories.get(id),
    saveStory: (input) => {
      const result = stories.save(input);
      events.emit('storySaved', result);
      return result;
    },
  };

  return {
    dispatch: createDispatch(handlers),
    events,
    db,
    close: () => db.close(),
  };
}
