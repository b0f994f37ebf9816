import { expect, test } from './support/app';

test('history lists revisions, compares two word by word and field by field, and restores as a new revision', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  await page.getByRole('button', { name: 'New story' }).click();
  await page.getByRole('textbox', { name: 'Headline' }).fill('Talks resume');
  await page.getByRole('textbox', { name: 'Body' }).click();
  await page.keyboard.type('The two sides met on Monday.');
  await expect(page.getByRole('status')).toHaveText(/^Saved /, { timeout: 5_000 });

  const history = page.getByRole('region', { name: 'History' });
  await history.getByRole('textbox', { name: 'Checkpoint name' }).fill('First draft');
  await history.getByRole('button', { name: 'Save checkpoint' }).click();
  const revisions = history.getByRole('list', { name: 'Revisions' });
  await expect(revisions.getByRole('listitem').filter({ hasText: 'First draft' })).toContainText('±0 words');
  await expect(revisions.getByRole('listitem').filter({ hasText: 'Autosave' })).toContainText('+6 words');

  await page.getByRole('textbox', { name: 'Headline' }).fill('Talks resume in Geneva');
  await page.getByRole('textbox', { name: 'Body' }).click();
  await page.keyboard.press('End');
  for (let i = 0; i < 'Monday.'.length; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type('Tuesday.');
  await expect(page.getByRole('status')).toHaveText(/^Saved /, { timeout: 5_000 });
  await expect(revisions.getByRole('listitem')).toHaveCount(3); // first autosave, checkpoint, new autosave

  const items = revisions.getByRole('listitem');
  await items.nth(0).getByRole('checkbox').check();
  await items.filter({ hasText: 'First draft' }).getByRole('checkbox').check();
  await history.getByRole('button', { name: 'Compare selected' }).click();
  // The comparison opens over the story, at its width, not in the side panel.
  const comparison = page.getByRole('region', { name: /^Revision #\d+ → #\d+$/ });
  const diff = comparison.getByLabel('Body changes');
  await expect(diff.locator('del')).toHaveText(['Monday']);
  await expect(diff.locator('ins')).toHaveText(['Tuesday']);
  await expect(comparison.getByRole('row', { name: /Headline/ })).toContainText('Talks resume in Geneva');

  const firstDraft = items.filter({ hasText: 'First draft' });
  await firstDraft.getByRole('button', { name: /Restore revision/ }).click();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Talks resume');
  await expect(page.getByRole('textbox', { name: 'Body' })).toHaveText('The two sides met on Monday.');
  await expect(page.getByRole('region', { name: 'History' }).getByRole('list', { name: 'Revisions' }).getByRole('listitem')).toHaveCount(4);
  await expect(page.getByRole('region', { name: 'History' }).getByRole('listitem').first()).toContainText('Restored revision');
});
