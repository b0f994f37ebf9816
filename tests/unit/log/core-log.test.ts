import BetterSqlite3 from 'better-sqlite3';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/core';
import { LOG_FILE, openCoreLog } from '../../../electron/log/core-log';
import { errorFields, redact } from '../../../electron/log/redact';
import { reportSlowStatements } from '../../../electron/log/slow-statements';
import { MemorySecretStore } from '../../../electron/secrets/memory-secret-store';
import type { BodyState } from '../../../shared/story/story-schema';
import { tempDir } from '../support/temp-core';

const body = (text: string): BodyState => ({
  root: { type: 'root', children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text }] }] },
});

const cores: Core[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const core of cores.splice(0)) core.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A core whose log calls everything slow, so every operation and statement leaves a line. */
function loudCore(): { core: Core; dir: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'presswork-log-'));
  dirs.push(dir);
  const core = createCore({ dataDir: dir, shell: 'harness', version: 'test', secrets: new MemorySecretStore(), log: { slowQueryMs: 0, slowOperationMs: 0 } });
  cores.push(core);
  return { core, dir };
}

const logOf = (dir: string) => readFileSync(path.join(dir, LOG_FILE), 'utf8');

describe('the core’s log', () => {
  it('records start, slow operations and statements, and stop, in DATA_DIR/logs/presswork.log', async () => {
    const { core, dir } = loudCore();
    const created = (await core.dispatch('createStory', {})) as { ok: true; value: { id: string } };
    await core.dispatch('saveStory', { id: created.value.id, headline: 'A headline', body: body('Some words.') });
    core.close();
    cores.length = 0;
    const text = logOf(dir);
    expect(text).toMatch(/\[info\]\s+core-started shell=harness version=test schema=\d+ ms=\d+/);
    expect(text).toMatch(/\[warn\]\s+slow-operation operation=saveStory ms=\d+/);
    expect(text).toMatch(/\[warn\]\s+slow-query ms=\d+ sql="?(INSERT|UPDATE)/);
    expect(text).toMatch(/\[info\]\s+core-stopped shell=harness\n$/);
  });

  it('never writes story text or credentials, even when it logs every operation and statement', async () => {
    const { core, dir } = loudCore();
    const word = 'Quixotrypticalness';
    const password = 'Zebu Hymn Quokka Plinth 4711';
    const created = (await core.dispatch('createStory', {})) as { ok: true; value: { id: string } };
    await core.dispatch('saveStory', { id: created.value.id, headline: `The ${word} affair`, body: body(`Nobody said ${word} twice.`) });
    await core.dispatch('searchStories', { query: word });
    const connected = await core.dispatch('connectSite', { name: 'Nowhere', url: 'http://127.0.0.1:9', username: 'editor', password, allowUnprotectedStorage: true });
    expect(connected.ok).toBe(false);
    core.close();
    cores.length = 0;
    const text = logOf(dir);
    expect(text).toContain('operation=saveStory');
    expect(text).toContain('operation=connectSite');
    for (const secret of [word, password, password.replace(/\s+/g, ''), Buffer.from(`editor:${password.replace(/\s+/g, '')}`).toString('base64')]) {
      expect(text.toLowerCase()).not.toContain(secret.toLowerCase());
    }
  });

  it('logs a handler’s unexpected error with its operation, class and stack, not its payload', async () => {
    const { core, dir } = loudCore();
    core.db.close();
    const result = await core.dispatch('createStory', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(logOf(dir)).toMatch(/\[error\]\s+operation-failed operation=createStory error=TypeError message="The database connection is not open" stack=/);
  });

  it('logs the idle work’s failed tasks instead of swallowing them', async () => {
    const { core, dir } = loudCore();
    const created = (await core.dispatch('createStory', {})) as { ok: true; value: { id: string } };
    await core.dispatch('saveStory', { id: created.value.id, headline: 'Indexed later', body: body('Words to index.') });
    // The database goes away before the idle work after the save runs.
    core.db.close();
    await expect.poll(() => logOf(dir), { timeout: 5_000 }).toMatch(/\[error\]\s+idle-task-failed task=\d error=TypeError/);
  });

  it('writes nothing once closed: idle work or errors after the core stopped leave no line', async () => {
    const { core, dir } = loudCore();
    const created = (await core.dispatch('createStory', {})) as { ok: true; value: { id: string } };
    await core.dispatch('saveStory', { id: created.value.id, headline: 'Closed soon', body: body('Words.') });
    core.close();
    cores.length = 0;
    const closed = logOf(dir);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(logOf(dir)).toBe(closed);
    expect(closed).not.toContain('idle-task-failed');
    const log = openCoreLog(dir);
    log.close();
    log.error('late', {}, new Error('after close'));
    expect(logOf(dir)).toBe(closed);
  });

  it('rotates at its size, keeping the given number of older files', () => {
    const dir = tempDir();
    const log = openCoreLog(dir, { maxBytes: 2_000, keep: 2 });
    for (let i = 0; i < 200; i++) log.info('filler', { i, note: 'x'.repeat(40) });
    expect(readdirSync(path.dirname(log.file)).sort()).toEqual(['presswork.1.log', 'presswork.2.log', 'presswork.log']);
    expect(readFileSync(log.file, 'utf8')).toContain('filler i=199 ');
    expect(readFileSync(path.join(path.dirname(log.file), 'presswork.1.log'), 'utf8').length).toBeGreaterThan(1_500);
  });
});

describe('redaction', () => {
  it('replaces quoted text and credentials in error messages, and cuts them short', () => {
    expect(redact('Could not index “The Quixotic affair” (story 7)')).toBe('Could not index ‹…› (story 7)');
    expect(redact(`refused the request: "Nobody said it twice"`)).toBe('refused the request: ‹…›');
    expect(redact('Authorization: Basic ZWRpdG9yOmh1bnRlcjI= failed')).not.toContain('ZWRpdG9y');
    expect(redact('password=hunter2 was wrong')).toBe('password=‹…› was wrong');
    expect(redact('x'.repeat(500))).toHaveLength(301);
    const fields = errorFields(Object.assign(new Error('no “secret words” here'), { code: 'SQLITE_BUSY' }));
    expect(fields).toMatchObject({ error: 'Error', code: 'SQLITE_BUSY', message: 'no ‹…› here' });
    expect(fields.stack).toMatch(/^at /);
  });
});

describe('slow statements', () => {
  it('reports the prepared SQL of statements over the threshold, never their values, through chained calls too', () => {
    const db = new BetterSqlite3(':memory:');
    const slow: string[] = [];
    reportSlowStatements(db, 0, (sql) => slow.push(sql));
    db.prepare('CREATE TABLE t (v TEXT)').run();
    db.prepare('INSERT INTO t (v) VALUES (?)').run('Quixotrypticalness');
    expect(db.prepare('SELECT v FROM t').pluck().all()).toEqual(['Quixotrypticalness']);
    expect(slow).toEqual(['CREATE TABLE t (v TEXT)', 'INSERT INTO t (v) VALUES (?)', 'SELECT v FROM t']);
    const quiet: string[] = [];
    const other = new BetterSqlite3(':memory:');
    reportSlowStatements(other, 60_000, (sql) => quiet.push(sql));
    other.prepare('SELECT 1').get();
    expect(quiet).toEqual([]);
    db.close();
    other.close();
  });
});
