import { randomUUID } from 'node:crypto';
import { basicAuth, wordpressEnv } from './env';

export type DeskRole = 'contributor' | 'author' | 'editor' | 'administrator';

/** A desk user of the test WordPress: REST through an application password, wp-admin through the login password. */
export interface DeskUser {
  id: number;
  login: string;
  name: string;
  role: DeskRole;
  appPassword: string;
  loginPassword: string;
  /** The Authorization header for REST calls as this user. */
  auth: string;
}

/** WordPress wants application password names unique per user: each gets this prefix and a random tail. */
const APP_PASSWORD_NAME = 'presswork desk tests';
/** Application passwords of earlier runs older than this are removed; younger ones may belong to a parallel test file. */
const STALE_MS = 60 * 60 * 1000;

interface RestUser {
  id: number;
  username: string;
  name: string;
}
interface RestAppPassword {
  uuid: string;
  name: string;
  created: string;
}

async function adminCall<T>(method: string, route: string, body?: unknown): Promise<{ status: number; json: T }> {
  const wp = wordpressEnv();
  const res = await fetch(`${wp.url}/wp-json${route}`, {
    method,
    headers: { Authorization: basicAuth(wp.user, wp.appPassword), 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as T };
}

async function findUser(login: string): Promise<RestUser | null> {
  const { json } = await adminCall<RestUser[]>('GET', `/wp/v2/users?context=edit&search=${encodeURIComponent(login)}&search_columns[]=login&per_page=100`);
  return json.find((u) => u.username === login) ?? null;
}

/**
 * The desk user of a role (created once per site as `pw-desk-<role>`, display name "Desk <Role>"),
 * with a fresh application password for this process.
 */
export async function deskUser(role: DeskRole): Promise<DeskUser> {
  const login = `pw-desk-${role}`;
  const loginPassword = `${login}-login-pass`;
  const name = `Desk ${role[0]!.toUpperCase()}${role.slice(1)}`;
  let user = await findUser(login);
  if (!user) {
    const created = await adminCall<RestUser>('POST', '/wp/v2/users', { username: login, name, email: `${login}@example.com`, password: loginPassword, roles: [role] });
    // A parallel test file may have created it between the lookup and this call.
    user = created.status === 201 ? created.json : await findUser(login);
    if (!user) throw new Error(`Could not create the desk user ${login}: ${JSON.stringify(created.json)}`);
  }
  const { json: existing } = await adminCall<RestAppPassword[]>('GET', `/wp/v2/users/${user.id}/application-passwords`);
  for (const old of existing) {
    if (old.name.startsWith(APP_PASSWORD_NAME) && Date.now() - Date.parse(`${old.created}Z`) > STALE_MS) {
      await adminCall('DELETE', `/wp/v2/users/${user.id}/application-passwords/${old.uuid}`);
    }
  }
  const made = await adminCall<{ password: string }>('POST', `/wp/v2/users/${user.id}/application-passwords`, { name: `${APP_PASSWORD_NAME} ${process.pid} ${randomUUID()}` });
  if (made.status !== 201) throw new Error(`Could not create an application password for ${login}: ${JSON.stringify(made.json)}`);
  return { id: user.id, login, name, role, appPassword: made.json.password, loginPassword, auth: basicAuth(login, made.json.password) };
}

/** The four desk users: a contributor, an author, the copy chief (editor) and the publisher (administrator). */
export async function deskUsers(): Promise<Record<DeskRole, DeskUser>> {
  const [contributor, author, editor, administrator] = await Promise.all((['contributor', 'author', 'editor', 'administrator'] as const).map(deskUser));
  return { contributor: contributor!, author: author!, editor: editor!, administrator: administrator! };
}
