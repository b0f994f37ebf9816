import type { Database } from 'better-sqlite3';

/** One schema step. `version` is its number in `user_version`; steps run in order, each in a transaction. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}
