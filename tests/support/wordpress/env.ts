import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The WordPress the tests talk to: from the environment (npm test exports it), else from the dev instance's env file. */
export interface WordPressEnv {
  url: string;
  user: string;
  appPassword: string;
  /** A second application password for the same user: "another workstation" in conflict tests. */
  appPassword2: string;
  /** The user's own login password, for tests that drive wp-admin in a browser (WP_LOGIN_PASSWORD); null when not given. */
  loginPassword: string | null;
}

const root = path.resolve(import.meta.dirname, '..', '..', '..');
export const DEV_STATE_DIR = path.join(root, '.tmp', 'wordpress');

function parseEnvFile(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = /^(WP_[A-Z0-9_]+)=(.*)$/.exec(line.trim());
    if (m) out[m[1]!] = m[2]!;
  }
  return out;
}

/**
 * Never lets a WordPress test pass silently without WordPress: with neither the environment nor the
 * env file of a running instance, it throws a message saying what to do.
 */
export function wordpressEnv(): WordPressEnv {
  const file = path.join(DEV_STATE_DIR, 'env');
  const source: Record<string, string | undefined> = process.env.WP_URL
    ? process.env
    : existsSync(file)
      ? parseEnvFile(file)
      : {};
  const url = source.WP_URL;
  const user = source.WP_USER;
  const appPassword = source.WP_APP_PASSWORD;
  if (!url || !user || !appPassword) {
    throw new Error(
      'These tests need a real WordPress. Run them with `npm test` (it starts one), or start one with ' +
        '`sudo bash tests/support/wordpress/start.sh .tmp/wordpress`, or set WP_URL, WP_USER and WP_APP_PASSWORD ' +
        '(and WP_APP_PASSWORD_2, a second application password of the same user) for an existing test site.',
    );
  }
  return { url: url.replace(/\/+$/, ''), user, appPassword, appPassword2: source.WP_APP_PASSWORD_2 ?? appPassword, loginPassword: source.WP_LOGIN_PASSWORD ?? null };
}

/** Basic-auth header for direct REST calls from tests (the "other workstation", read-backs). */
export function basicAuth(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}
