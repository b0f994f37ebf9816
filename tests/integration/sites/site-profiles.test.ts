import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/core';
import { MemorySecretStore } from '../../../electron/secrets/memory-secret-store';
import type { SiteProfile } from '../../../shared/contract/operations/sites';
import type { Result } from '../../../shared/contract/result';
import { wordpressEnv } from '../../support/wordpress/env';
import { tempDir } from '../../unit/support/temp-core';

const wp = wordpressEnv();

function core(backend = 'test'): { core: Core; secrets: MemorySecretStore; dir: string } {
  const dir = tempDir();
  const secrets = new MemorySecretStore(backend);
  const c = createCore({ dataDir: dir, shell: 'harness', version: 'test', secrets });
  return { core: c, secrets, dir };
}

async function call<T>(c: Core, name: string, input: unknown): Promise<Result<T>> {
  return (await c.dispatch(name, input)) as Result<T>;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

describe('site profiles', () => {
  it('connects, shows who we are, and keeps the password out of SQLite, the WAL and every file', async () => {
    const { core: c, secrets, dir } = core();
    const res = await call<SiteProfile>(c, 'connectSite', { name: 'Staging', url: wp.url, username: wp.user, password: wp.appPassword });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.value.user.roles).toContain('administrator');
    expect(res.value.wpVersion).toMatch(/^\d/);
    expect(res.value.hasPassword).toBe(true);
    expect(await secrets.get(`wordpress-site:${res.value.id}:application-password`)).toBe(wp.appPassword);

    const list = await call<SiteProfile[]>(c, 'listSites', {});
    expect(list.ok && list.value.map((s) => s.name)).toEqual(['Staging']);

    // Before closing, so the WAL still holds the recent writes.
    const spaced = wp.appPassword.replace(/(.{4})(?=.)/g, '$1 ');
    const encoded = Buffer.from(`${wp.user}:${wp.appPassword}`).toString('base64');
    for (const file of filesUnder(dir)) {
      const bytes = readFileSync(file);
      for (const needle of [wp.appPassword, spaced, encoded]) expect(bytes.includes(Buffer.from(needle)), `${needle} in ${file}`).toBe(false);
    }
    expect(filesUnder(dir).some((f) => f.endsWith('-wal'))).toBe(true);
    c.close();
  });

  it('stores nothing when the password is wrong, and says so', async () => {
    const { core: c, secrets } = core();
    const res = await call<SiteProfile>(c, 'connectSite', { name: 'Staging', url: wp.url, username: wp.user, password: 'aaaa bbbb cccc dddd eeee ffff' });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error.code).toBe('auth');
    expect(res.error.message).toMatch(/did not accept the username and application password/);
    expect(res.error.message).not.toContain('aaaa');
    expect(await call<SiteProfile[]>(c, 'listSites', {})).toEqual({ ok: true, value: [] });
    expect(await secrets.backend()).toBe('test');
    c.close();
  });

  it('asks before storing a password where the OS cannot protect it (basic_text)', async () => {
    const { core: c } = core('basic_text');
    const storage = await call<{ protected: boolean }>(c, 'getSecretStorage', {});
    expect(storage).toEqual({ ok: true, value: { backend: 'basic_text', protected: false } });
    const refused = await call<SiteProfile>(c, 'connectSite', { name: 'Prod', url: wp.url, username: wp.user, password: wp.appPassword });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toMatch(/no keyring/);
    const accepted = await call<SiteProfile>(c, 'connectSite', { name: 'Prod', url: wp.url, username: wp.user, password: wp.appPassword, allowUnprotectedStorage: true });
    expect(accepted.ok).toBe(true);
    c.close();
  });

  it('reconnects with the stored password, keeps names unique, and deletes the secret with the profile', async () => {
    const { core: c, secrets } = core();
    const first = await call<SiteProfile>(c, 'connectSite', { name: 'Staging', url: wp.url, username: wp.user, password: wp.appPassword });
    if (!first.ok) throw new Error(first.error.message);
    const again = await call<SiteProfile>(c, 'connectSite', { id: first.value.id, name: 'Staging (local)', url: wp.url, username: wp.user });
    expect(again.ok && again.value.name).toBe('Staging (local)');
    const second = await call<SiteProfile>(c, 'connectSite', { name: 'STAGING (LOCAL)', url: wp.url, username: wp.user, password: wp.appPassword2 });
    expect(second.ok).toBe(false);
    if (!second.ok) expect(second.error.message).toMatch(/already a site called/);
    expect(await call(c, 'deleteSite', { id: first.value.id })).toEqual({ ok: true, value: { id: first.value.id } });
    expect(await secrets.get(`wordpress-site:${first.value.id}:application-password`)).toBeNull();
    c.close();
  });

  it('rejects a missing password for a new profile with a readable message', async () => {
    const { core: c } = core();
    const res = await call<SiteProfile>(c, 'connectSite', { name: 'Staging', url: wp.url, username: wp.user });
    expect(res).toMatchObject({ ok: false, error: { code: 'auth', message: expect.stringMatching(/Paste an application password/) } });
    c.close();
  });
});
