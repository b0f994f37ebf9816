// `npm start`: opens Presswork. With an Electron binary (any machine that can download it), builds
// the app and the Electron build of better-sqlite3, then launches Electron. Without one (offline
// installs with ELECTRON_SKIP_BINARY_DOWNLOAD=1, or a download that fails), it serves the same app
// through the browser harness, opens it in the system browser where there is one, and says so.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const electronPkg = path.join(root, 'node_modules', 'electron');
const pathFile = path.join(electronPkg, 'path.txt');

const installedElectron = () => {
  if (!existsSync(pathFile)) return null;
  const exe = path.join(electronPkg, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(exe) ? exe : null;
};

/** The Electron binary, downloading it once if allowed; else null with one line saying why. */
function electronExecutable() {
  const installed = installedElectron();
  if (installed) return { exe: installed };
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return { why: 'Electron was installed without its binary (ELECTRON_SKIP_BINARY_DOWNLOAD=1).' };
  console.log('Downloading Electron…');
  const result = spawnSync(process.execPath, [path.join(electronPkg, 'install.js')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const exe = installedElectron();
  if (result.status === 0 && exe) return { exe };
  const cause = /(fetch failed|ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|HTTPError[^\n]*)/.exec(`${result.stderr}\n${result.stdout}`)?.[1] ?? `exit ${result.status}`;
  return { why: `Electron's binary could not be downloaded (${cause}): this machine cannot reach Electron's release server.` };
}

/** Opens a URL in the system browser; false where there is none to open. */
function openInBrowser(url) {
  const opener =
    process.platform === 'darwin' ? ['open', [url]]
    : process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]]
    : process.env.DISPLAY || process.env.WAYLAND_DISPLAY ? ['xdg-open', [url]]
    : null;
  if (!opener || process.env.PRESSWORK_NO_BROWSER) return false;
  const result = spawnSync(opener[0], opener[1], { stdio: 'ignore', timeout: 10_000 });
  return result.status === 0;
}

const step = (cmd, args) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

const electron = electronExecutable();
if (electron.exe) {
  step(process.execPath, ['scripts/electron-native.mjs']);
  step('npm', ['run', 'build']);
  const app = spawn(electron.exe, [path.join(root, 'dist', 'electron', 'main.cjs')], { cwd: root, stdio: 'inherit' });
  app.on('exit', (code) => process.exit(code ?? 0));
} else {
  const data = process.env.PRESSWORK_DATA_DIR ?? path.join(os.homedir(), '.local', 'share', 'presswork-harness');
  console.log(`${electron.why} Presswork opens in your browser instead, through the harness.`);
  console.log(`Your library is in ${data} (set PRESSWORK_DATA_DIR to use another folder).`);
  // The harness builds the renderer itself when its sources are newer than the last build.
  const harness = spawn(process.execPath, ['--import', 'tsx', 'tests/harness/cli.ts', '--port', process.env.PORT ?? '5199', '--data', data], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  harness.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    if (out === null) return;
    out += String(chunk);
    const url = /ready at (http:\/\/\S+\/)/.exec(out)?.[1];
    if (!url) return;
    out = null;
    console.log(openInBrowser(url) ? `Opened ${url} in your browser.` : `Open ${url} in a browser to use Presswork.`);
  });
  const stop = () => harness.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  harness.on('exit', (code) => process.exit(code ?? 0));
}
