import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { basicAuth, wordpressEnv } from '../support/wordpress/env';
import { expect, startHarness, test } from './support/app';

const wp = wordpressEnv();

test('connecting a site shows the user, roles and WordPress version; a wrong password says what to fix', async ({ launch }) => {
  const { page } = await launch();
  await page.getByRole('button', { name: 'Sites', exact: true }).click();

  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Staging');
  await page.getByRole('textbox', { name: 'Site URL' }).fill(wp.url);
  await page.getByRole('textbox', { name: 'Username' }).fill(wp.user);
  await page.getByLabel('Application password').fill('wxyz wxyz wxyz wxyz wxyz wxyz');
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('did not accept the username and application password');

  await page.getByLabel('Application password').fill(wp.appPassword);
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  const connection = page.getByRole('status', { name: 'Connection' });
  await expect(connection).toContainText(`as ${wp.user}`);
  await expect(connection).toContainText('administrator');
  await expect(connection).toContainText(/WordPress version\s*\d+\.\d+/);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('button', { name: new RegExp(`^Staging, ${wp.url.replace(/[.:/]/g, '\\$&')}`) })).toBeVisible();
  // The stored password is never shown again.
  await expect(page.getByLabel('Application password')).toHaveValue('');
});

test('a site that is not WordPress gets a readable reason', async ({ launch }) => {
  const { page } = await launch();
  await page.getByRole('button', { name: 'Sites', exact: true }).click();
  await page.getByRole('textbox', { name: 'Site URL' }).fill('http://127.0.0.1:1');
  await page.getByRole('textbox', { name: 'Username' }).fill('someone');
  await page.getByLabel('Application password').fill('abcd abcd abcd abcd abcd abcd');
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('could not reach 127.0.0.1:1');
});

test('Sync now brings the site’s posts into the library', async ({ launch }) => {
  const title = `Sent for review ${randomBytes(4).toString('hex')}`;
  const made = await fetch(`${wp.url}/wp-json/wp/v2/posts`, {
    method: 'POST',
    headers: { Authorization: basicAuth(wp.user, wp.appPassword2), 'Content-Type': 'application/json' },
    body: JSON.stringify({ title, status: 'pending', content: '<!-- wp:paragraph -->\n<p>From another workstation.</p>\n<!-- /wp:paragraph -->' }),
  });
  expect(made.ok).toBe(true);
  const { page } = await launch();
  await page.getByRole('button', { name: 'Sites', exact: true }).click();
  await page.getByRole('textbox', { name: 'Site URL' }).fill(wp.url);
  await page.getByRole('textbox', { name: 'Username' }).fill(wp.user);
  await page.getByLabel('Application password').fill(wp.appPassword);
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(page.getByRole('status', { name: 'Connection' })).toContainText('administrator');
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(page.getByText(/^Synced: \d+ sections?, \d+ tags?, \d+ authors?; \d+ new stor(y|ies)/)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/^Last synced /)).toBeVisible();
  // The pulled posts appear in the library list at once, without reloading the window.
  await page.getByRole('button', { name: 'Stories', exact: true }).click();
  // Searched for, since a site used by other tests can hold more stories than the list's first page.
  await page.getByRole('searchbox', { name: 'Search stories' }).fill(title);
  await expect(page.getByRole('button', { name: new RegExp(title) })).toBeVisible();
});

test('without an OS keyring (basic_text) the app warns and asks before storing the password', async ({ browser }) => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'presswork-e2e-'));
  const { child, url } = await startHarness(dataDir, { PRESSWORK_SECRET_BACKEND: 'basic_text' });
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.getByRole('button', { name: 'Sites', exact: true }).click();
    await expect(page.getByRole('note')).toContainText('no keyring');
    await page.getByRole('textbox', { name: 'Site URL' }).fill(wp.url);
    await page.getByRole('textbox', { name: 'Username' }).fill(wp.user);
    await page.getByLabel('Application password').fill(wp.appPassword);
    await page.getByRole('button', { name: 'Connect', exact: true }).click();
    await expect(page.getByRole('alert')).toContainText('Confirm that you accept this');
    await page.getByRole('checkbox', { name: 'Store it anyway' }).check();
    await page.getByRole('button', { name: 'Connect', exact: true }).click();
    await expect(page.getByRole('status', { name: 'Connection' })).toContainText('administrator');
  } finally {
    await context.close();
    child.kill('SIGTERM');
  }
});

test('the harness keeps a site’s password sealed on disk: after a restart the site still syncs', async ({ browser }) => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'presswork-e2e-'));
  const keyFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'presswork-key-')), 'harness.key');
  const open = async () => {
    const harness = await startHarness(dataDir, { PRESSWORK_KEY_FILE: keyFile });
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(harness.url);
    await page.getByRole('button', { name: 'Sites', exact: true }).click();
    return { page, stop: async () => (await context.close(), harness.child.kill('SIGTERM'), await once(harness.child, 'exit')) };
  };

  const first = await open();
  await first.page.getByRole('textbox', { name: 'Site URL' }).fill(wp.url);
  await first.page.getByRole('textbox', { name: 'Username' }).fill(wp.user);
  await first.page.getByLabel('Application password').fill(wp.appPassword);
  await first.page.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(first.page.getByRole('status', { name: 'Connection' })).toContainText('administrator');
  await first.stop();
  expect(readFileSync(path.join(dataDir, 'secrets.json'), 'utf8')).not.toContain(wp.appPassword);

  const second = await open();
  try {
    await second.page.getByRole('button', { name: new RegExp(`^Production, ${wp.url}`) }).click();
    await second.page.getByRole('button', { name: 'Sync now' }).click();
    await expect(second.page.getByText(/^Synced: \d+ sections?,/)).toBeVisible({ timeout: 30_000 });
  } finally {
    await second.stop();
  }
});

test('a site that moved is offered at its new address to confirm, and the old one never receives the password', async ({ launch }) => {
  const { createServer } = await import('node:http');
  const seen: Array<{ url: string | undefined; authorization: string | undefined }> = [];
  const old = createServer((req, res) => {
    seen.push({ url: req.url, authorization: req.headers.authorization });
    res.writeHead(301, { Location: `http://www.localhost:${(old.address() as { port: number }).port}${req.url ?? '/'}` });
    res.end();
  });
  old.listen(0, '127.0.0.1');
  await once(old, 'listening');
  const port = (old.address() as { port: number }).port;
  try {
    const { page } = await launch();
    await page.getByRole('button', { name: 'Sites', exact: true }).click();
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Moved');
    await page.getByRole('textbox', { name: 'Site URL' }).fill(`http://localhost:${port}`);
    await page.getByRole('textbox', { name: 'Username' }).fill(wp.user);
    await page.getByLabel('Application password').fill(wp.appPassword);
    await page.getByRole('button', { name: 'Connect', exact: true }).click();
    const moved = `http://www.localhost:${port}`;
    await expect(page.getByText(`This site now answers at ${moved}. Use that address?`)).toBeVisible();
    // Nothing is connected or stored until the user says so.
    await expect(page.getByRole('status', { name: 'Connection' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Moved, / })).toHaveCount(0);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((request) => request.authorization === undefined)).toBe(true);

    await page.getByRole('button', { name: `Use ${moved}` }).click();
    await expect(page.getByRole('textbox', { name: 'Site URL' })).toHaveValue(moved);
    // www.localhost does not resolve on the test machine: the new address is tried, and says so.
    await expect(page.getByRole('alert')).toContainText(`www.localhost:${port}`);
    expect(seen.every((request) => request.authorization === undefined)).toBe(true);
  } finally {
    old.close();
  }
});
