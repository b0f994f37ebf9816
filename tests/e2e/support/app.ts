import { _electron, chromium, test as base, type Browser, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BRIDGE_META_NAME } from '../../../shared/contract/wire';
import { CLOSE_WINDOW_PATH, OPEN_URL_PATH } from '../../harness/harness-server';
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
  /** The next address the app hands to the system browser (Electron's shell.openExternal; a new tab in the harness). */
  nextExternalUrl(): Promise<string>;
  /** Plays the OS handing the app a presswork:// link (Electron's open-url event). */
  openUrl(url: string): Promise<void>;
  /** The user closes the window; resolves once it has gone (after the app's own save-before-close). */
  closeWindow(): Promise<void>;
}

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** Starts the harness (on a free port unless one is named) and resolves with its URL once it is listening. */
export function startHarness(dataDir: string, extraEnv: Record<string, string> = {}, port = 0): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/harness/cli.ts', '--port', String(port), '--data', dataDir], {
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

export function waitForExit(child: ChildProcess): Promise<void> {
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
  const osEndpoint = async (route: string) => {
    const bridge = await page.locator(`meta[name="${BRIDGE_META_NAME}"]`).getAttribute('content');
    return `${url.replace(/\/$/, '')}${route}?token=${new URL(bridge!).searchParams.get('token')!}`;
  };
  return {
    page,
    nextExternalUrl: async () => {
      // The tab's first navigation is the address the app opened (the site may redirect it at once).
      const [request, tab] = await Promise.all([
        context.waitForEvent('request', { predicate: (r) => r.isNavigationRequest() && !r.url().startsWith(url), timeout: 15_000 }),
        context.waitForEvent('page', { timeout: 15_000 }),
      ]);
      await tab.close();
      return request.url();
    },
    openUrl: async (link) => {
      const res = await fetch(await osEndpoint(OPEN_URL_PATH), { method: 'POST', body: link });
      if (res.status !== 204) throw new Error(`the harness did not take ${link}: ${res.status}`);
    },
    closeWindow: async () => {
      // What Electron's window does on close: the core asks the page to save and waits for its answer.
      const outcome = (await (await fetch(await osEndpoint(CLOSE_WINDOW_PATH), { method: 'POST' })).json()) as { ok: boolean };
      if (!outcome.ok) throw new Error(`the window was not ready to close: ${JSON.stringify(outcome)}`);
      await page.close();
    },
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
  // The system browser is out of the test's reach: record what the app would open in it instead.
  await app.evaluate(({ shell }) => {
    const opened: string[] = [];
    (globalThis as { __pressworkOpened?: string[] }).__pressworkOpened = opened;
    shell.openExternal = async (target: string) => void opened.push(target);
  });
  return {
    page,
    nextExternalUrl: async () => {
      for (let i = 0; i < 200; i++) {
        const next = await app.evaluate(() => (globalThis as { __pressworkOpened?: string[] }).__pressworkOpened?.shift() ?? null);
        if (next) return next;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error('the app opened nothing in the browser within 10 s');
    },
    closeWindow: async () => {
      const closed = page.waitForEvent('close', { timeout: 15_000 });
      await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.close());
      await closed;
    },
    openUrl: async (link) => {
      await app.evaluate(({ app: electronApp }, target) => {
        electronApp.emit('open-url', { preventDefault: () => undefined }, target);
      }, link);
    },
    close: () => app.close(),
    crash: async () => {
      const child = app.process();
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGKILL');
      await exited;
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
