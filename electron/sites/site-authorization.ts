import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import type { BeginSiteAuthorizationInput, SiteProfile } from '../../shared/contract/operations/sites';
import { UserFacingError } from '../../shared/contract/result';
import { discoverApi, normaliseSiteUrl } from '../wordpress/discovery';
import { SiteError } from '../wordpress/site-error';
import type { SiteService } from './site-service';

/** The scheme the OS hands back to Presswork; electron-builder registers it with the system. */
export const CALLBACK_SCHEME = 'presswork';
export const AUTHORIZE_CALLBACK = `${CALLBACK_SCHEME}://authorize`;
/**
 * WordPress lists application passwords by app_id: one fixed id lets a site administrator see and
 * revoke every Presswork sign-in at once.
 */
export const PRESSWORK_APP_ID = '6f1c8e0a-3b5d-4c7e-9a21-5d0b7f3e2c94';
/** How long a sign-in started in the browser may take to come back. */
export const AUTHORIZATION_TTL_MS = 15 * 60_000;

interface Pending {
  input: z.output<typeof BeginSiteAuthorizationInput>;
  siteUrl: string;
  expiresAt: number;
}

export type AuthorizationCallback =
  | { kind: 'approved'; state: string; siteUrl: string; userLogin: string; password: string }
  | { kind: 'rejected'; state: string };

/**
 * Reads `presswork://authorize?state=…` as WordPress returns it: with site_url, user_login and
 * password on approval, or with success=false on our reject URL. Anything else is refused, so a link
 * on a web page cannot feed the app credentials of its choosing for a sign-in we did not start.
 */
export function parseAuthorizationCallback(raw: string): AuthorizationCallback {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UserFacingError('invalid_input', 'The sign-in link from WordPress is not a valid address.');
  }
  if (url.protocol !== `${CALLBACK_SCHEME}:` || url.hostname !== 'authorize') {
    throw new UserFacingError('invalid_input', 'Presswork does not know what to do with that link.');
  }
  const state = url.searchParams.get('state') ?? '';
  if (!/^[0-9a-f]{32}$/.test(state)) throw new UserFacingError('invalid_input', 'The sign-in link from WordPress does not belong to a sign-in Presswork started.');
  if (url.searchParams.get('rejected') === '1' || url.searchParams.get('success') === 'false') return { kind: 'rejected', state };
  const siteUrl = url.searchParams.get('site_url') ?? '';
  const userLogin = url.searchParams.get('user_login') ?? '';
  const password = (url.searchParams.get('password') ?? '').replace(/\s+/g, '');
  if (siteUrl === '' || userLogin === '' || password === '') {
    throw new UserFacingError('invalid_input', 'WordPress sent the sign-in back incomplete. Try “Sign in with WordPress” again, or paste an application password.');
  }
  return { kind: 'approved', state, siteUrl, userLogin, password };
}

/** True for a link the OS handed over that is ours to act on. */
export function isAuthorizationCallback(raw: string): boolean {
  return raw.toLowerCase().startsWith(`${AUTHORIZE_CALLBACK}?`) || raw.toLowerCase().startsWith(`${AUTHORIZE_CALLBACK}/?`);
}

/**
 * Sign-in without pasting a password: WordPress's authorize-application page, opened in the user's
 * browser, creates an application password and returns it to `presswork://authorize`. Each sign-in
 * carries a random state that only this process knows, expires, and is used once.
 */
export class SiteAuthorizations {
  private readonly pending = new Map<string, Pending>();

  constructor(
    private readonly sites: SiteService,
    private readonly options: { now?: () => number; fetch?: typeof fetch; timeoutMs?: number } = {},
  ) {}

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  /** Discovers the site's authorization endpoint and answers the URL to open in the browser. */
  async begin(input: z.output<typeof BeginSiteAuthorizationInput>): Promise<{ authorizeUrl: string; expiresAt: number }> {
    if (input.id) this.sites.store.get(input.id);
    this.sites.store.assertNameFree(input.name, input.id);
    const storage = await this.sites.secretStorage();
    if (!storage.protected && !input.allowUnprotectedStorage) {
      throw new UserFacingError(
        'forbidden',
        'This computer has no keyring to protect the application password: it would be stored only obfuscated. Confirm that you accept this to store it anyway.',
      );
    }
    const api = await discoverApi(input.url, { fetch: this.options.fetch, timeoutMs: this.options.timeoutMs });
    const host = new URL(api.siteUrl).host;
    if (!api.applicationPasswords) {
      if (api.siteUrl.startsWith('http:')) {
        throw new SiteError('https_required', `${host} allows app sign-in only over HTTPS. Use the https:// address of the site (a local test site needs WP_ENVIRONMENT_TYPE=local).`);
      }
      throw new SiteError('app_passwords_disabled', `Application passwords are turned off on ${host}, so Presswork cannot sign in there. Ask the site’s administrator to enable them.`);
    }
    const endpoint = api.applicationPasswords.authorizationUrl;
    if (!endpoint) throw new SiteError('app_passwords_disabled', `${host} does not offer sign-in from apps. Paste an application password instead.`);

    for (const [state, p] of this.pending) if (p.expiresAt <= this.now()) this.pending.delete(state);
    const state = randomBytes(16).toString('hex');
    const expiresAt = this.now() + AUTHORIZATION_TTL_MS;
    this.pending.set(state, { input, siteUrl: api.siteUrl, expiresAt });
    // WordPress refuses a second application password with a name the user already has, so each sign-in names its own.
    const appName = `Presswork (${input.name}, ${new Date(this.now()).toISOString().slice(0, 19).replace('T', ' ')})`;
    return { authorizeUrl: authorizeUrl(endpoint, state, appName), expiresAt };
  }

  /** Completes a sign-in from the link WordPress sent back; stores the password only once it works. */
  async complete(raw: string): Promise<SiteProfile> {
    const callback = parseAuthorizationCallback(raw);
    const pending = this.pending.get(callback.state);
    this.pending.delete(callback.state);
    if (!pending || pending.expiresAt <= this.now()) {
      throw new UserFacingError('invalid_input', 'That sign-in has expired or was already used. Start it again with “Sign in with WordPress”.');
    }
    if (callback.kind === 'rejected') {
      throw new UserFacingError('auth', `The connection was refused in WordPress, so “${pending.input.name}” was not connected.`);
    }
    if (!sameSite(callback.siteUrl, pending.siteUrl)) {
      throw new UserFacingError('auth', `WordPress answered for ${callback.siteUrl}, not ${pending.siteUrl}. Nothing was stored; start the sign-in again.`);
    }
    return this.sites.connect({
      id: pending.input.id,
      name: pending.input.name,
      url: pending.siteUrl,
      username: callback.userLogin,
      password: callback.password,
      allowUnprotectedStorage: pending.input.allowUnprotectedStorage,
    });
  }
}

function authorizeUrl(endpoint: string, state: string, appName: string): string {
  const url = new URL(endpoint);
  url.searchParams.set('app_name', appName);
  url.searchParams.set('app_id', PRESSWORK_APP_ID);
  url.searchParams.set('success_url', `${AUTHORIZE_CALLBACK}?state=${state}`);
  url.searchParams.set('reject_url', `${AUTHORIZE_CALLBACK}?state=${state}&rejected=1`);
  return url.toString();
}

function sameSite(a: string, b: string): boolean {
  try {
    const x = new URL(normaliseSiteUrl(a));
    const y = new URL(normaliseSiteUrl(b));
    return x.origin === y.origin && x.pathname.replace(/\/+$/, '') === y.pathname.replace(/\/+$/, '');
  } catch {
    return false;
  }
}
