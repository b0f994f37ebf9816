import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { wordpressEnv } from '../../support/wordpress/env';
import { beforeAll } from 'vitest';
import { installDeskPlugin, wordpressContentDir } from '../../support/wordpress/desk-plugin';
import { deskUsers, type DeskRole, type DeskUser } from '../../support/wordpress/desk-users';

const wp = wordpressEnv();

export interface Answer<T = Record<string, unknown>> {
  status: number;
  json: T;
  headers: Headers;
}

/** One REST call as a desk user (null: anonymous). */
export async function call<T = Record<string, unknown>>(user: DeskUser | null, method: string, route: string, body?: unknown): Promise<Answer<T>> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (user) headers.Authorization = user.auth;
  const res = await fetch(`${wp.url}/wp-json${route}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, json: (text ? JSON.parse(text) : null) as T, headers: res.headers };
}

/** A Lexical document whose one paragraph carries `text`. */
export function lexical(text: string): string {
  return JSON.stringify({
    root: {
      type: 'root',
      version: 1,
      children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }] }],
    },
  });
}

export const unique = (label: string): string => `${label} ${randomUUID().slice(0, 8)}`;

/** Shares a new story as `user`; answers its id and first revision. */
export async function shareStory(user: DeskUser, title = unique('Desk story'), text = unique('body')): Promise<{ id: number; revision: number; title: string }> {
  const res = await call<{ id: number; revision: number }>(user, 'POST', '/presswork/v1/stories', { title, document: lexical(text), fields: { byline: user.name } });
  if (res.status !== 201) throw new Error(`Sharing a story answered ${res.status}: ${JSON.stringify(res.json)}`);
  return { ...res.json, title };
}

/** A wp-admin session: logs in with the login password and keeps the cookies. */
export async function adminSession(user: DeskUser): Promise<(path: string) => Promise<string>> {
  const res = await fetch(`${wp.url}/wp-login.php`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: 'wordpress_test_cookie=WP%20Cookie%20check' },
    body: new URLSearchParams({ log: user.login, pwd: user.loginPassword, 'wp-submit': 'Log In', redirect_to: `${wp.url}/wp-admin/`, testcookie: '1' }).toString(),
  });
  const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0]!).filter((c) => !c.endsWith('=deleted'));
  if (res.status !== 302 || !cookies.some((c) => c.startsWith('wordpress_logged_in_'))) throw new Error(`Logging in as ${user.login} failed (${res.status}).`);
  const cookie = cookies.join('; ');
  return async (path) => {
    const page = await fetch(`${wp.url}${path}`, { headers: { Cookie: cookie }, redirect: 'manual' });
    if (page.status !== 200) throw new Error(`${path} answered ${page.status}`);
    return page.text();
  };
}

/**
 * One SQL query against the test WordPress's MariaDB (its socket sits beside the content folder), for
 * reading back what REST does not show. Answers the rows as tab-separated columns.
 */
export function sql(query: string): string[][] {
  const socket = path.join(path.dirname(wordpressContentDir()), 'db.sock');
  const out = execFileSync('mariadb', [`--socket=${socket}`, '-uroot', '-N', '-B', 'wp', '-e', query], { encoding: 'utf8' });
  return out.split('\n').filter(Boolean).map((line) => line.split('\t'));
}

/** For one test file: the plugin active and the desk's four users, filled in before its tests run. */
export function deskUsersBeforeAll(): Record<DeskRole, DeskUser> {
  const users = {} as Record<DeskRole, DeskUser>;
  beforeAll(async () => {
    await installDeskPlugin();
    Object.assign(users, await deskUsers());
  });
  return users;
}
