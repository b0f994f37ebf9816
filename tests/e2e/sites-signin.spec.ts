import type { Browser, Page } from '@playwright/test';
import { wordpressEnv } from '../support/wordpress/env';
import { expect, test, type AppSession } from './support/app';

const wp = wordpressEnv();

/** The user's browser: signs in to wp-admin and answers WordPress's authorize-application page; resolves with where WordPress sends it next. */
async function answerInBrowser(browser: Browser, authorizeUrl: string, approve: boolean): Promise<{ callback: string; tab: Page }> {
  const context = await browser.newContext();
  const tab = await context.newPage();
  // WordPress sends the browser to presswork://…, which only the OS can route: catch the request it makes.
  const callback = new Promise<string>((resolve) => tab.on('request', (req) => req.url().startsWith('presswork://') && resolve(req.url())));
  await tab.goto(authorizeUrl);
  await tab.locator('#user_login').fill(wp.user);
  await tab.locator('#user_pass').fill(wp.loginPassword!);
  await tab.locator('#wp-submit').click();
  await expect(tab.getByText('would like to connect to your account')).toBeVisible();
  await tab.locator(approve ? '#approve' : '#reject').click();
  return { callback: await callback, tab };
}

/** Fills in a new site and presses Sign in with WordPress; resolves with the address the app opened in the browser. */
async function beginSignIn(app: AppSession, name: string): Promise<string> {
  const { page } = app;
  await page.getByRole('button', { name: 'Sites', exact: true }).click();
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
  await page.getByRole('textbox', { name: 'Site URL' }).fill(wp.url);
  const opened = app.nextExternalUrl();
  await page.getByRole('button', { name: 'Sign in with WordPress' }).click();
  return opened;
}

test.describe('sign in with WordPress', () => {
  test.skip(!wp.loginPassword, 'needs the WordPress user’s login password (WP_LOGIN_PASSWORD) to approve the app in wp-admin');

  test('approving Presswork in the browser connects the site without pasting a password', async ({ launch, browser }) => {
    const app = await launch();
    const { page } = app;
    const authorizeUrl = await beginSignIn(app, 'Newsroom');
    expect(authorizeUrl).toContain(`${wp.url}/wp-admin/authorize-application.php?`);
    await expect(page.getByText('Waiting for WordPress')).toBeVisible();

    const { callback, tab } = await answerInBrowser(browser, authorizeUrl, true);
    await app.openUrl(callback);
    const connection = page.getByRole('status', { name: 'Connection' });
    await expect(connection).toContainText(`as ${wp.user}`);
    await expect(connection).toContainText('administrator');
    await expect(page.getByText('Waiting for WordPress')).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Newsroom, / })).toBeVisible();
    await expect(page.getByLabel('Application password')).toHaveValue('');
    await tab.context().close();
  });

  test('refusing in WordPress says so and stores nothing', async ({ launch, browser }) => {
    const app = await launch();
    const { page } = app;
    const { callback, tab } = await answerInBrowser(browser, await beginSignIn(app, 'Refused'), false);
    await app.openUrl(callback);
    await expect(page.getByRole('alert')).toContainText('refused in WordPress');
    await expect(page.getByRole('button', { name: /^Refused, / })).toHaveCount(0);
    await tab.context().close();
  });
});
