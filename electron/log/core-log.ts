import log from 'electron-log/node';
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { errorFields } from './redact';

/** Only primitives: a caller cannot hand the log a story or a request payload by accident. */
export type LogFields = Record<string, string | number | boolean | null>;

export interface CoreLog {
  readonly file: string;
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields: LogFields, error?: unknown): void;
  /** Writes nothing more: what runs on after the core closed (its data folder may be gone) is not logged. */
  close(): void;
}

export interface CoreLogOptions {
  /** Rotated past this size. */
  maxBytes?: number;
  /** Rotated files kept beside the current one (presswork.1.log is the newest). */
  keep?: number;
}

export const LOG_FILE = path.join('logs', 'presswork.log');

/**
 * The core's log: DATA_DIR/logs/presswork.log, rotated at 1 MB with three older files kept. Lines
 * are an event name and key=value fields; only rare events are logged (start and stop, failures,
 * operations and SQL statements over their thresholds), so a line's synchronous append never
 * touches a save that was not already slow, and an acknowledged failure is on disk before a crash.
 */
export function openCoreLog(dataDir: string, options: CoreLogOptions = {}): CoreLog {
  const file = path.join(dataDir, LOG_FILE);
  const keep = options.keep ?? 3;
  const logger = log.create({ logId: `presswork:${file}` });
  logger.transports.console.level = false;
  logger.transports.file.level = 'info';
  logger.transports.file.resolvePathFn = () => file;
  logger.transports.file.maxSize = options.maxBytes ?? 1024 * 1024;
  logger.transports.file.format = '[{y}-{m}-{d} {h}:{i}:{s}.{ms}] [{level}] {text}';
  logger.transports.file.archiveLogFn = (current) => rotate(current.path, keep);

  let open = true;
  const line = (event: string, fields: LogFields) =>
    [event, ...Object.entries(fields).filter(([, v]) => v !== null && v !== '').map(([k, v]) => `${k}=${format(v!)}`)].join(' ');
  return {
    file,
    info: (event, fields = {}) => {
      if (open) logger.info(line(event, fields));
    },
    warn: (event, fields = {}) => {
      if (open) logger.warn(line(event, fields));
    },
    error: (event, fields, error) => {
      if (open) logger.error(line(event, error === undefined ? fields : { ...fields, ...errorFields(error) }));
    },
    close: () => {
      open = false;
    },
  };
}

/** presswork.log → presswork.1.log → … → presswork.<keep>.log, the oldest dropped. */
function rotate(file: string, keep: number): void {
  const { dir, name, ext } = path.parse(file);
  const nth = (n: number) => path.join(dir, `${name}.${n}${ext}`);
  rmSync(nth(keep), { force: true });
  for (let n = keep - 1; n >= 1; n--) if (existsSync(nth(n))) renameSync(nth(n), nth(n + 1));
  renameSync(file, nth(1));
}

function format(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  return /^[\w.:/-]+$/.test(value) ? value : JSON.stringify(value);
}
