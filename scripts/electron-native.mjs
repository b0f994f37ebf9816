// Builds better-sqlite3 for Electron's ABI into .native/electron-abi<N>/, leaving node_modules'
// Node build (used by the tests and the harness) untouched. Needs the network the first time
// (prebuilt binary or Electron's headers); afterwards it is a no-op.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const electronPkg = path.join(root, 'node_modules', 'electron');
const version = JSON.parse(readFileSync(path.join(electronPkg, 'package.json'), 'utf8')).version;
const abi = readFileSync(path.join(electronPkg, 'abi_version'), 'utf8').trim();
const target = path.join(root, '.native', `electron-abi${abi}`, 'better_sqlite3.node');

if (existsSync(target)) {
  console.log(`better-sqlite3 for Electron ${version} (ABI ${abi}) is ready: ${path.relative(root, target)}`);
  process.exit(0);
}

const work = path.join(root, '.tmp', 'native-build', 'better-sqlite3');
rmSync(work, { recursive: true, force: true });
mkdirSync(path.dirname(work), { recursive: true });
cpSync(path.join(root, 'node_modules', 'better-sqlite3'), work, {
  recursive: true,
  filter: (src) => !src.includes(`${path.sep}build${path.sep}`) && !src.endsWith(`${path.sep}build`),
});

const run = (cmd, args) => execFileSync(cmd, args, { cwd: work, stdio: 'inherit', env: { ...process.env, npm_config_runtime: 'electron', npm_config_target: version, npm_config_disturl: 'https://electronjs.org/headers' } });
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
console.log(`Building better-sqlite3 for Electron ${version} (ABI ${abi})…`);
try {
  run(bin('prebuild-install'), ['--runtime', 'electron', '--target', version, '--arch', process.arch, '--platform', process.platform]);
} catch {
  console.log('No prebuilt binary; compiling against Electron’s headers.');
  run(process.execPath, [path.join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'), 'rebuild', '--release', '--runtime=electron', `--target=${version}`, '--dist-url=https://electronjs.org/headers']);
}
mkdirSync(path.dirname(target), { recursive: true });
cpSync(path.join(work, 'build', 'Release', 'better_sqlite3.node'), target);
console.log(`Wrote ${path.relative(root, target)}`);
