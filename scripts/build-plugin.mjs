// Packs the Presswork Desk WordPress plugin as the zip wp-admin's "Upload Plugin" takes:
// release/presswork-desk.zip with one top folder, presswork-desk/ (its header carries the version).
// `node scripts/build-plugin.mjs [outDir]`; uses the system `zip`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const out = path.resolve(root, process.argv[2] ?? 'release');
const header = readFileSync(path.join(root, 'wordpress', 'presswork-desk', 'presswork-desk.php'), 'utf8');
const version = /^\s*\*\s*Version:\s*(\S+)/m.exec(header)?.[1];
if (!version) throw new Error('presswork-desk.php has no Version header.');

mkdirSync(out, { recursive: true });
const file = path.join(out, 'presswork-desk.zip');
rmSync(file, { force: true });
const zip = spawnSync('zip', ['-r', '-q', '-X', file, 'presswork-desk', '-x', '*.tmp', '*/.*'], { cwd: path.join(root, 'wordpress'), stdio: 'inherit' });
if (zip.error) throw new Error(`Could not run zip (${zip.error.message}): install it (apt-get install zip).`);
if (zip.status !== 0) process.exit(zip.status ?? 1);
console.log(`built ${path.relative(root, file)} (Presswork Desk ${version})`);
