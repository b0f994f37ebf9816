import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { deepLinkFromArgv } from '../../../electron/core/deep-link';
import { isAuthorizationCallback, parseAuthorizationCallback, PRESSWORK_APP_ID } from '../../../electron/sites/site-authorization';
import type { EventPayload } from '../../../shared/contract/events';
import { MemorySecretStore } from '../../../electron/secrets/memory-secret-store';
import { wordpressEnv } from '../../support/wordpress/env';
import { tempDir } from '../../unit/support/temp-core';
import { openRig, rest, unique, type Rig } from '../../unit/publish/support/rig';

const wp = wordpressEnv();
const rigs: Rig[] = [];
afterEach(async () => {
  for (const r of rigs.splice(0)) await r.close();
});

const STATE = 'a'.repeat(32);

describe('the presswork://authorize link', () => {
  it('reads an approval, with the spaces WordPress puts in the password removed', () => {
    const cb = parseAuthorizationCallback(`presswork://authorize?state=${STATE}&site_url=http%3A%2F%2F127.0.0.1%3A8089&user_login=admin&password=vxF0%20BCwg%20OKfj%209QFK%20QDky%201kwT`);
    expect(cb).toEqual({ kind: 'approved', state: STATE, siteUrl: 'http://127.0.0.1:8089', userLogin: 'admin', password: 'vxF0BCwgOKfj9QFKQDky1kwT' });
  });

  it('reads a refusal from our reject URL or from success=false', () => {
    expect(parseAuthorizationCallback(`presswork://authorize?state=${STATE}&rejected=1&success=false`)).toEqual({ kind: 'rejected', state: STATE });
    expect(parseAuthorizationCallback(`presswork://authorize?state=${STATE}&success=false`).kind).toBe('rejected');
  });

  it.each([
    ['another scheme', `https://authorize?state=${STATE}&site_url=x&user_login=a&password=b`],
    ['another host', `presswork://settings?state=${STATE}&site_url=x&user_login=a&password=b`],
    ['no state', 'presswork://authorize?site_url=x&user_login=a&password=b'],
    ['a malformed state', 'presswork://authorize?state=abc&site_url=x&user_login=a&password=b'],
    ['no password', `presswork://authorize?state=${STATE}&site_url=x&user_login=a`],
    ['garbage', 'not a url'],
  ])('refuses %s with a readable message', (_why, url) => {
    expect(() => parseAuthorizationCallback(url)).toThrow(/[A-Z].+\./);
  });

  it('is recognised in a command line and by the core, and nothing else is', () => {
    expect(deepLinkFromArgv(['/usr/bin/presswork', '--no-sandbox', `presswork://authorize?state=${STATE}`])).toBe(`presswork://authorize?state=${STATE}`);
    expect(deepLinkFromArgv(['/usr/bin/presswork', '--flag=presswork://authorize'])).toBeNull();
    expect(isAuthorizationCallback(`PRESSWORK://authorize?state=${STATE}`)).toBe(true);
    expect(isAuthorizationCallback('presswork://other?x=1')).toBe(false);
    expect(isAuthorizationCallback('https://example.com/')).toBe(false);
  });
});

/**
 * What WordPress's authorize-application page does when the user approves (wp-admin/js/auth-app.js):
 * it creates an application password for our app_id through the REST API and sends the browser to
 * success_url with site_url, user_login and password added. The e2e test drives the real page.
 */
async function approveInWordPress(authorizeUrl: string, appName: string): Promise<string> {
  const url = new URL(authorizeUrl);
  const created = await rest<{ password: string }>(wp, 'POST', '/wp/v2/users/me/application-passwords', { name: appName, app_id: url.searchParams.get('app_id') });
  const back = new URL(url.searchParams.get('success_url')!);
  back.searchParams.set('site_url', wp.url);
  back.searchParams.set('user_login', wp.user);
  back.searchParams.set('password', created.password);
  return back.toString();
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

describe('sign-in through WordPress’s authorize-application page (real WordPress)', () => {
  it('opens the site’s own authorization page and connects with the password WordPress sends back, stored only in the SecretStore', async () => {
    const r = openRig();
    rigs.push(r);
    const seen: EventPayload<'siteAuthorization'>[] = [];
    r.events.subscribe((name, payload) => name === 'siteAuthorization' && seen.push(payload as EventPayload<'siteAuthorization'>));

    const { authorizeUrl } = await r.publishing.authorizations.begin({ name: 'Production', url: wp.url, allowUnprotectedStorage: false });
    const url = new URL(authorizeUrl);
    expect(`${url.origin}${url.pathname}`).toBe(`${wp.url}/wp-admin/authorize-application.php`);
    expect(url.searchParams.get('app_name')).toMatch(/^Presswork \(Production, \d{4}-\d\d-\d\d \d\d:\d\d:\d\d\)$/);
    expect(url.searchParams.get('app_id')).toBe(PRESSWORK_APP_ID);
    expect(url.searchParams.get('success_url')).toMatch(/^presswork:\/\/authorize\?state=[0-9a-f]{32}$/);
    expect(url.searchParams.get('reject_url')).toMatch(/^presswork:\/\/authorize\?state=[0-9a-f]{32}&rejected=1$/);

    const callback = await approveInWordPress(authorizeUrl, `Presswork test ${unique()}`);
    await r.publishing.openCallback(callback);
    expect(seen).toHaveLength(1);
    const outcome = seen[0]!;
    if (outcome.status !== 'connected') throw new Error(outcome.message);
    expect(outcome.site).toMatchObject({ name: 'Production', url: wp.url, username: wp.user, hasPassword: true });
    expect(outcome.site.user.capabilities).toContain('publish_posts');

    // The password works for the stored profile, and it is nowhere in the data folder.
    const { client } = await r.publishing.sites.client(outcome.site.id);
    expect((await client.get<{ id: number }>('/wp/v2/users/me')).data.id).toBe(outcome.site.user.id);
    const password = new URL(callback).searchParams.get('password')!.replace(/\s+/g, '');
    r.db.pragma('wal_checkpoint(PASSIVE)');
    for (const file of filesUnder(r.dir)) {
      const bytes = readFileSync(file);
      expect(bytes.includes(password), file).toBe(false);
      expect(bytes.includes(Buffer.from(password).toString('base64')), file).toBe(false);
    }

    // Used once: the same link again is refused.
    await r.publishing.openCallback(callback);
    expect(seen[1]).toMatchObject({ status: 'failed', message: expect.stringMatching(/expired or was already used/) });
  }, 60_000);

  it('a refusal in WordPress, a link for another site, or a state we never issued connects nothing and says why', async () => {
    const r = openRig();
    rigs.push(r);
    const seen: EventPayload<'siteAuthorization'>[] = [];
    r.events.subscribe((name, payload) => name === 'siteAuthorization' && seen.push(payload as EventPayload<'siteAuthorization'>));

    const first = await r.publishing.authorizations.begin({ name: 'Staging', url: wp.url, allowUnprotectedStorage: false });
    const reject = new URL(new URL(first.authorizeUrl).searchParams.get('reject_url')!);
    reject.searchParams.set('success', 'false');
    await r.publishing.openCallback(reject.toString());
    expect(seen.at(-1)).toMatchObject({ status: 'failed', message: expect.stringMatching(/refused in WordPress/) });

    const second = await r.publishing.authorizations.begin({ name: 'Staging', url: wp.url, allowUnprotectedStorage: false });
    const elsewhere = new URL(await approveInWordPress(second.authorizeUrl, `Presswork test ${unique()}`));
    elsewhere.searchParams.set('site_url', 'https://attacker.example');
    await r.publishing.openCallback(elsewhere.toString());
    expect(seen.at(-1)).toMatchObject({ status: 'failed', message: expect.stringMatching(/not http/) });

    await r.publishing.openCallback(`presswork://authorize?state=${'b'.repeat(32)}&site_url=${encodeURIComponent(wp.url)}&user_login=admin&password=x`);
    expect(seen.at(-1)).toMatchObject({ status: 'failed', message: expect.stringMatching(/expired or was already used/) });
    expect(await r.publishing.sites.list()).toEqual([]);
  }, 60_000);

  it('refuses to begin where the password could only be stored obfuscated, until the user accepts it', async () => {
    const r = openRig({ dir: tempDir(), secrets: new MemorySecretStore('basic_text') });
    rigs.push(r);
    await expect(r.publishing.authorizations.begin({ name: 'Production', url: wp.url, allowUnprotectedStorage: false })).rejects.toThrow(/no keyring/);
    await expect(r.publishing.authorizations.begin({ name: 'Production', url: wp.url, allowUnprotectedStorage: true })).resolves.toMatchObject({
      authorizeUrl: expect.stringContaining('authorize-application.php'),
    });
  }, 60_000);
});
