import BetterSqlite3 from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../../electron/core/core';
import { LOG_FILE } from '../../../electron/log/core-log';
import { APP_ENTRY_URL, APP_SCHEME } from '../../../electron/security/app-origin';
import { hardenedWebPreferences } from '../../../electron/security/web-preferences';
import { migrations } from '../../../electron/store/migrations';
import { operationChannel } from '../../../shared/contract/channels';
import { operationNames } from '../../../shared/contract/operations';
import type { RecordedCall } from './support/electron-stand-in';

const root = path.resolve(import.meta.dirname, '..', '..', '..');

/**
 * Builds main.cjs as `npm run build:electron` does (into a temporary folder) and runs it under plain
 * Node, with a recording stand-in for Electron, on a fresh data folder: what the shell did at start.
 */
function startShell(work: string): { calls: RecordedCall[]; dataDir: string; outDir: string } {
  const outDir = path.join(work, 'dist', 'electron');
  const dataDir = path.join(work, 'data');
  const record = path.join(work, 'calls.json');
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build-electron.mjs'), outDir], { cwd: root, stdio: 'pipe' });
  execFileSync(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'support', 'run-main.ts'), path.join(outDir, 'main.cjs'), record], {
    cwd: root,
    stdio: 'pipe',
    // The bundle leaves better-sqlite3 and sharp outside it; built in a temporary folder, it finds them here.
    env: { ...process.env, PRESSWORK_DATA_DIR: dataDir, NODE_PATH: path.join(root, 'node_modules') },
    timeout: 60_000,
  });
  return { calls: JSON.parse(readFileSync(record, 'utf8')) as RecordedCall[], dataDir, outDir };
}

describe('the bundled main process starts', () => {
  const work = mkdtempSync(path.join(os.tmpdir(), 'presswork-shell-'));
  let shell: ReturnType<typeof startShell>;
  beforeAll(() => {
    shell = startShell(work);
  }, 120_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const index = (api: string) => shell.calls.findIndex((c) => c.api === api);
  const callsTo = (api: string) => shell.calls.filter((c) => c.api === api);

  it('shows no fatal error', () => {
    expect(callsTo('dialog.showErrorBox')).toEqual([]);
    expect(callsTo('app.exit')).toEqual([]);
  });

  it('opens the core on the data folder: a valid, migrated SQLite library and the log', () => {
    const file = path.join(shell.dataDir, DATABASE_FILE);
    expect(existsSync(file)).toBe(true);
    const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    expect(db.pragma('quick_check', { simple: true })).toBe('ok');
    expect(db.pragma('user_version', { simple: true })).toBe(Math.max(...migrations.map((m) => m.version)));
    db.close();
    expect(readFileSync(path.join(shell.dataDir, LOG_FILE), 'utf8')).toMatch(/core-started shell=electron version=0\.0\.0-shell-test[\s\S]*core-stopped shell=electron/);
  });

  it('binds every contract operation with ipcMain.handle on its channel, once', () => {
    const channels = callsTo('ipcMain.handle').map((c) => c.args[0]);
    expect([...channels].sort()).toEqual(operationNames.map(operationChannel).sort());
    expect(new Set(channels).size).toBe(channels.length);
  });

  it('creates the window through the hardened webPreferences factory, with the built preload', () => {
    const [window] = callsTo('BrowserWindow');
    expect(window).toBeDefined();
    const options = window!.args[0] as { webPreferences: unknown };
    expect(options.webPreferences).toEqual(hardenedWebPreferences(path.join(shell.outDir, 'preload.cjs'), { devTools: false }));
    expect(options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(existsSync(path.join(shell.outDir, 'preload.cjs'))).toBe(true);
    expect(callsTo('BrowserWindow.loadURL').map((c) => c.args[0])).toEqual([APP_ENTRY_URL]);
  });

  it('registers the app:// scheme as privileged before app.whenReady resolves, and serves it after', () => {
    const registered = index('protocol.registerSchemesAsPrivileged');
    expect(registered).toBeGreaterThanOrEqual(0);
    expect(shell.calls[registered]!.args[0]).toEqual([expect.objectContaining({ scheme: APP_SCHEME, privileges: expect.objectContaining({ standard: true, secure: true }) })]);
    expect(registered).toBeLessThan(index('app.whenReady resolved'));
    expect(index('protocol.handle')).toBeGreaterThan(index('app.whenReady resolved'));
  });
});
