import { expect, type Page } from '@playwright/test';
import type { WordPressEnv } from '../../support/wordpress/env';

/** Connects the test WordPress in the Sites view as a user would, and waits for the connection's status. */
export async function connectTestSite(page: Page, wp: WordPressEnv, name = 'Staging'): Promise<void> {
  await page.getByRole('button', { name: 'Sites', exact: true }).click();
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
  await page.getByRole('textbox', { name: 'Site URL' }).fill(wp.url);
  await page.getByRole('textbox', { name: 'Username' }).fill(wp.user);
  await page.getByLabel('Application password').fill(wp.appPassword);
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(page.getByRole('status', { name: 'Connection' })).toContainText('administrator');
}
