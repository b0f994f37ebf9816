import BetterSqlite3, { type Database } from 'better-sqlite3';
import { UserFacingError } from '../../shared/contract/result';
import type { Migration } from './migration';
import { migrations as appMigrations } from './migrations';

export interface OpenOptions {
  /** Path of a better_sqlite3.node built for the running ABI (Electron's, in the app); Node's build otherwise. */
  nativeBinding?: string;
  migrations?: readonly Migration[];
}

/**
 * Opens the library database: WAL with synchronous=FULL so an acknowledged commit survives a
 * crash or power loss, foreign keys on, integrity checked, schema brought up to date.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Database {
  const db = new BetterSqlite3(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') {
      throw new UserFacingError(
        'storage',
        `The library database is damaged (${String(check)}). Restore it from a backup before editing.`,
      );
    }
    migrate(db, options.migrations ?? appMigrations);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function migrate(db: Database, migrations: readonly Migration[]): void {
  const latest = migrations.reduce((max, m) => Math.max(max, m.version), 0);
  const current = schemaVersion(db);
  if (current > latest) {
    throw new UserFacingError(
      'storage',
      `This library was written by a newer Presswork (schema ${current}; this version knows ${latest}). Update Presswork to open it.`,
    );
  }
  const pending = [...migrations].filter((m) => m.version > current).sort((a, b) => a.version - b.version);
  for (const m of pending) {
    // One transaction per step: a failure leaves the database at the previous, consistent version.
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${Math.trunc(m.version)}`);
    }).immediate();
  }
  if (pending.length > 0) {
    const violations = db.pragma('foreign_key_check') as unknown[];
    if (violations.length > 0) throw new UserFacingError('storage', 'A schema upgrade left broken references; nothing was changed by the app.');
  }
}
