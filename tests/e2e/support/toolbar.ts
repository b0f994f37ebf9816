import { expect, type Locator, type Page } from '@playwright/test';

/**
 * A tool of the body's toolbar, from its row, or from under More tools where the row is too narrow
 * for its group (the rarer formats go there first).
 */
export async function toolbarButton(page: Page, name: string): Promise<Locator> {
  const toolbar = page.getByRole('toolbar', { name: 'Formatting' });
  const button = toolbar.getByRole('button', { name, exact: true });
  await expect(toolbar.getByRole('button', { name: 'Undo' })).toBeVisible();
  if ((await button.count()) === 0) await toolbar.getByRole('button', { name: 'More tools' }).click();
  return button;
}
