import BetterSqlite3, { type Database } from 'better-sqlite3';
import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { UserFacingError } from '../../shared/contract/result';

export interface BackupInfo {
  name: string;
  at: number;
  bytes: number;
}

const NAME = /^library-(\d{13})\.sqlite$/;

/**
 * Rolling backups of the library through SQLite's online backup API (a consistent snapshot even
 * while saves go on; a file copy of a live WAL database is not). The newest `keep` are kept.
 */
export class Backups {
  constructor(
    private readonly db: Database,
    readonly dir: string,
    private readonly keep = 5,
    private readonly now: () => number = Date.now,
  ) {}

  static beside(db: Database, keep?: number, now?: () => number): Backups {
    return new Backups(db, path.join(path.dirname(db.name), 'backups'), keep, now);
  }

  async take(): Promise<BackupInfo> {
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    let at = this.now();
    while (this.list().some((b) => b.at === at)) at++;
    const name = `library-${String(at).padStart(13, '0')}.sqlite`;
    const partial = path.join(this.dir, `${name}.partial`);
    await this.db.backup(partial);
    // Only a finished backup gets a name the restore offer looks at.
    renameSync(partial, path.join(this.dir, name));
    for (const old of this.list().slice(this.keep)) rmSync(path.join(this.dir, old.name), { force: true });
    return this.info(name)!;
  }

  /** Newest first. */
  list(): BackupInfo[] {
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return [];
    }
    return names
      .map((n) => this.info(n))
      .filter((b): b is BackupInfo => b !== null)
      .sort((a, b) => b.at - a.at);
  }

  /** The newest backup that passes quick_check. */
  lastGood(): BackupInfo | null {
    return this.list().find((b) => this.isSound(path.join(this.dir, b.name))) ?? null;
  }

  /**
   * Writes a backup over the live library through the backup API, into the open connection's
   * file; the connection then reads the restored pages.
   */
  async restore(name: string): Promise<void> {
    const info = this.info(name);
    if (!info) throw new UserFacingError('not_found', 'That backup is no longer there.');
    const file = path.join(this.dir, name);
    if (!this.isSound(file)) throw new UserFacingError('storage', 'That backup is damaged too; choose an older one.');
    const source = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    try {
      await source.backup(this.db.name);
    } finally {
      source.close();
    }
  }

  private isSound(file: string): boolean {
    try {
      const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
      try {
        return db.pragma('quick_check', { simple: true }) === 'ok';
      } finally {
        db.close();
      }
    } catch {
      return false;
    }
  }

  private info(name: string): BackupInfo | null {
    const m = NAME.exec(name);
    if (!m) return null;
    try {
      return { name, at: Number(m[1]), bytes: statSync(path.join(this.dir, name)).size };
    } catch {
      return null;
    }
  }
}
