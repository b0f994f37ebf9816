import type { Database } from 'better-sqlite3';

export type SlowStatement = (sql: string, ms: number) => void;

/**
 * Times every statement the core runs: all SQL goes through `db.prepare`, so wrapping it once times
 * each run/get/all (and the start of an iterate) of every store's statements, and reports those over
 * `thresholdMs` with their SQL text. The text is the prepared statement's, never its bound values.
 * The cost per statement is two clock reads.
 */
export function reportSlowStatements(db: Database, thresholdMs: number, report: SlowStatement): void {
  const prepare = db.prepare.bind(db);
  db.prepare = ((source: string) => {
    const statement = prepare(source);
    for (const method of ['run', 'get', 'all', 'iterate'] as const) {
      const original = statement[method].bind(statement) as (...params: unknown[]) => unknown;
      (statement as unknown as Record<string, unknown>)[method] = (...params: unknown[]) => {
        const started = performance.now();
        try {
          return original(...params);
        } finally {
          const ms = performance.now() - started;
          if (ms >= thresholdMs) report(statement.source, ms);
        }
      };
    }
    return statement;
  }) as Database['prepare'];
}
