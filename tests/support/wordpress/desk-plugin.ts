import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import path from 'node:path';
import { basicAuth, DEV_STATE_DIR, wordpressEnv } from './env';

const root = path.resolve(import.meta.dirname, '..', '..', '..');
export const DESK_PLUGIN_SOURCE = path.join(root, 'wordpress', 'presswork-desk');

/** The test WordPress's content folder: WP_CONTENT_DIR (start.sh's env gives it), else the dev instance's. */
export function wordpressContentDir(): string {
  const dir = process.env.WP_CONTENT_DIR ?? path.join(DEV_STATE_DIR, 'content');
  if (!existsSync(path.join(dir, 'plugins'))) {
    throw new Error(`No WordPress content folder at ${dir}: set WP_CONTENT_DIR to the test instance's wp-content (start.sh prints it).`);
  }
  return dir;
}

/**
 * Copies the plugin's files that differ into the instance, each through a temporary file and a
 * rename, so test files installing it in parallel never let PHP read half a file.
 */
export function copyChanged(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) {
    const source = path.join(from, name);
    const target = path.join(to, name);
    if (statSync(source).isDirectory()) {
      copyChanged(source, target);
      continue;
    }
    if (existsSync(target) && readFileSync(target).equals(readFileSync(source))) continue;
    const temp = `${target}.${process.pid}.tmp`;
    copyFileSync(source, temp);
    renameSync(temp, target);
  }
}

/** Puts the current presswork-desk into the test WordPress and activates it (idempotent). */
export async function installDeskPlugin(): Promise<void> {
  const wp = wordpressEnv();
  copyChanged(DESK_PLUGIN_SOURCE, path.join(wordpressContentDir(), 'plugins', 'presswork-desk'));
  const res = await fetch(`${wp.url}/wp-json/wp/v2/plugins/presswork-desk/presswork-desk`, {
    method: 'POST',
    headers: { Authorization: basicAuth(wp.user, wp.appPassword), 'Content-Type': 'application/json' },
    body: JSON.stringify({ status: 'active' }),
  });
  if (!res.ok) throw new Error(`Activating presswork-desk answered ${res.status}: ${await res.text()}`);
}
