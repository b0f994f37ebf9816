// `npm start`: opens Presswork. With an Electron binary (any machine that can download it), builds
// the app and the Electron build of better-sqlite3, then launches Electron. Without one (offline
// installs with ELECTRON_SKIP_BINARY_DOWNLOAD=1), it serves the same app to a browser through the
// harness and says so.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const electronPkg = path.join(root, 'node_modules', 'electron');
const pathFile = path.join(electronPkg, 'path.txt');

function electronExecutable() {
  if (existsSync(pathFile)) {
    const exe = path.join(electronPkg, 'dist', readFileSync(pathFile, 'utf8').trim());
    if (existsSync(exe)) return exe;
  }
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return null;
  console.log('Downloading Electron…');
  const result = spawnSync(process.execPath, [path.join(electronPkg, 'install.js')], { stdio: 'inherit' });
  if (result.status !== 0 || !existsSync(pathFile)) return null;
  return path.join(electronPkg, 'dist', readFileSync(pathFile, 'utf8').trim());
}

const step = (cmd, args) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

const exe = electronExecutable();
if (exe) {
  step(process.execPath, ['scripts/electron-native.mjs']);
  step('npm', ['run', 'build']);
  const app = spawn(exe, [path.join(root, 'dist', 'electron', 'main.cjs')], { cwd: root, stdio: 'inherit' });
  app.on('exit', (code) => process.exit(code ?? 0));
} else {
  const data = process.env.PRESSWORK_DATA_DIR ?? path.join(os.homedir(), '.local', 'share', 'presswork-harness');
  console.log('No Electron binary on this machine (ELECTRON_SKIP_BINARY_DOWNLOAD=1 or offline).');
  console.log(`Opening Presswork in the browser harness instead; your library is in ${data}.`);
  step('npm', ['run', 'build:renderer']);
  const harness = spawn(process.execPath, ['--import', 'tsx', 'tests/harness/cli.ts', '--port', process.env.PORT ?? '5199', '--data', data], { cwd: root, stdio: 'inherit' });
  harness.on('exit', (code) => process.exit(code ?? 0));
}
