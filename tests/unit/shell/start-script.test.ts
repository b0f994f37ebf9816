import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp-core';

const root = path.resolve(import.meta.dirname, '..', '..', '..');
const electronInstalled = existsSync(path.join(root, 'node_modules', 'electron', 'path.txt'));

describe('npm start where Electron is missing', () => {
  if (electronInstalled) console.log('[start-script] skipped: this machine has an Electron binary, so npm start would open the app itself.');

  it.skipIf(electronInstalled)(
    'says in one line why, where the library lives, and opens the harness in the system browser',
    async () => {
      const data = tempDir();
      const bin = tempDir();
      const opened = path.join(bin, 'opened.txt');
      // A stand-in for the desktop's browser opener, recording what it was asked to open.
      writeFileSync(path.join(bin, 'xdg-open'), `#!/bin/sh\necho "$1" > ${JSON.stringify(opened)}\n`);
      chmodSync(path.join(bin, 'xdg-open'), 0o755);
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        // The download is tried, and refused at once on loopback, as on a machine without network.
        ELECTRON_MIRROR: 'http://127.0.0.1:9/',
        ELECTRON_SKIP_BINARY_DOWNLOAD: '',
        electron_config_cache: tempDir(),
        PRESSWORK_DATA_DIR: data,
        PRESSWORK_KEY_FILE: path.join(tempDir(), 'harness.key'),
        PRESSWORK_NO_BROWSER: '',
        PORT: '0',
        DISPLAY: ':99',
        PATH: `${bin}:${process.env.PATH}`,
      };
      delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
      const child = spawn(process.execPath, ['scripts/start.mjs'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      child.stdout.on('data', (chunk) => (out += String(chunk)));
      child.stderr.on('data', (chunk) => (out += String(chunk)));
      try {
        await expect.poll(() => /Opened (http:\/\/127\.0\.0\.1:\d+\/) in your browser/.exec(out)?.[1], { timeout: 150_000, interval: 250 }).toBeTruthy();
      } finally {
        child.kill('SIGTERM');
        await new Promise((resolve) => child.once('exit', resolve));
      }
      const url = /Opened (\S+) in your browser/.exec(out)![1]!;
      expect(readFileSync(opened, 'utf8').trim()).toBe(url);
      expect(out).toMatch(/Electron's binary could not be downloaded \([^)]+\): this machine cannot reach Electron's release server\. Presswork opens in your browser instead/);
      expect(out).toContain(`Your library is in ${data} (set PRESSWORK_DATA_DIR to use another folder).`);
      expect(out).not.toMatch(/TypeError|^\s+at /m);
    },
    180_000,
  );
});

describe('npm run package on Node 20', () => {
  it('stops with a message naming the Node it needs and how to run it, before any packaging work', () => {
    const result = spawnSync(process.execPath, ['scripts/check-packaging-node.mjs'], { cwd: root, encoding: 'utf8' });
    const [major, minor] = process.versions.node.split('.').map(Number) as [number, number];
    if (major > 22 || (major === 22 && minor >= 12)) {
      expect(result.status).toBe(0);
      return;
    }
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`Packaging needs Node 22.12 or later (electron-builder and @electron/rebuild require it); this is Node ${process.versions.node}.`);
    expect(result.stderr).toContain('npx -p node@22 npm run package');
  });
});
