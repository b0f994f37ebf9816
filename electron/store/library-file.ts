import type { Database } from 'better-sqlite3';
import { closeSync, existsSync, openSync, renameSync } from 'node:fs';
import { errorMessage, UserFacingError } from '../../shared/contract/result';
import { openDatabase, type OpenOptions } from './database';

export interface LibraryHealth {
  /** Set when the library failed its check at start and was put aside. */
  damaged: { message: string; keptAs: string } | null;
}

const health = new WeakMap<Database, LibraryHealth>();

export function libraryHealth(db: Database): LibraryHealth {
  return health.get(db) ?? { damaged: null };
}

function isDamage(error: unknown): boolean {
  if (error instanceof UserFacingError) return /damaged/.test(error.message);
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB';
}

/**
 * Opens the library; when it fails its integrity check, keeps the damaged file (renamed beside
 * it, untouched) and opens a fresh one, so the app can start and offer to restore a backup.
 * Anything else, such as a library from a newer Presswork, still refuses to open.
 */
export function openLibraryFile(file: string, options: OpenOptions = {}): Database {
  createPrivately(file);
  try {
    return openDatabase(file, options);
  } catch (error) {
    if (!isDamage(error)) throw error;
    const keptAs = `${file}.damaged-${Date.now()}`;
    renameSync(file, keptAs);
    for (const suffix of ['-wal', '-shm']) if (existsSync(file + suffix)) renameSync(file + suffix, keptAs + suffix);
    createPrivately(file);
    const db = openDatabase(file, options);
    const message = errorMessage(error);
    health.set(db, { damaged: { message: `The library database was damaged (${message.replace(/\.$/, '')}). It was kept as ${keptAs}.`, keptAs } });
    return db;
  }
}

/** A new library file is readable by its user only; SQLite gives its -wal and -shm files the same mode. */
function createPrivately(file: string): void {
  if (existsSync(file)) return;
  try {
    closeSync(openSync(file, 'wx', 0o600));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}
