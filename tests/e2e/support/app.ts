import { _electron, chromium, test as base, type Browser, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { electronAvailability } from './electron-binary';

export const root = path.resolve(import.meta.dirname, '..', '..', '..');

export type Target = 'harness' | 'electron';

/** One running Presswork, whichever shell hosts it. */
export interface AppSession {
  page: Page;
  /** Stops the app the way a user quits it. */
  close(): Promise<void>;
  /** kill -9: no cleanup of any kind. */
  crash(): Promise<void>;
}

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** Starts the harness on a free port and resolves with its URL once it is listening. */
export function startHarness(dataDir: string, extraEnv: Record<string, string> = {}): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/harness/cli.ts', '--port', '0', '--data', dataDir], {
    cwd: root,
    env: { ...process.env, ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`harness did not start:\n${out}`)), 60_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const match = /ready at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1]! });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`harness exited (${code}):\n${out}`));
    });
  });
}

function waitForExit(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

async function launchHarnessApp(browser: Browser, dataDir: string): Promise<AppSession> {
  const { child, url } = await startHarness(dataDir);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  return {
    page,
    close: async () => {
      // A user closing the window: the page unloads first, then the core stops.
      await context.close();
      child.kill('SIGTERM');
      await waitForExit(child);
    },
    crash: async () => {
      child.kill('SIGKILL');
      await waitForExit(child);
      await context.close();
    },
  };
}

async function launchElectronApp(dataDir: string): Promise<AppSession> {
  const availability = electronAvailability();
  if (!availability.available) throw new Error(availability.reason);
  const app = await _electron.launch({
    executablePath: availability.executable,
    args: [path.join(root, 'dist', 'electron', 'main.cjs')],
    env: { ...process.env, PRESSWORK_DATA_DIR: dataDir } as Record<string, string>,
  });
  const page = await app.firstWindow();
  return {
    page,
    close: () => app.close(),
    crash: async () => {
      app.process().kill('SIGKILL');
      await new Promise((r) => app.process().once('exit', r));
    },
  };
}

export const test = base.extend<
  { target: Target; dataDir: string; launch: () => Promise<AppSession> },
  { browser: Browser }
>({
  target: ['harness', { option: true }],
  browser: [
    async ({}, use) => {
      const browser = await launchChromium();
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  dataDir: async ({}, use) => {
    await use(mkdtempSync(path.join(os.tmpdir(), 'presswork-e2e-')));
  },
  launch: async ({ target, browser, dataDir }, use) => {
    if (target === 'electron') {
      const availability = electronAvailability();
      test.skip(!availability.available, availability.available ? '' : availability.reason);
    }
    const sessions: AppSession[] = [];
    await use(async () => {
      const session = target === 'electron' ? await launchElectronApp(dataDir) : await launchHarnessApp(browser, dataDir);
      sessions.push(session);
      return session;
    });
    for (const s of sessions) await s.close().catch(() => undefined);
  },
});

export { expect } from '@playwright/test';
