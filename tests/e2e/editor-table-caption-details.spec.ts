import type { Locator, Page } from '@playwright/test';
import { expect, test, type AppSession } from './support/app';
import { core } from './support/core-call';
import { toolbarButton } from './support/toolbar';

async function openNewStory(app: AppSession): Promise<Locator> {
  await app.page.getByRole('button', { name: 'New story' }).click();
  const body = app.page.getByRole('textbox', { name: 'Body' });
  await body.click();
  return body;
}

/** The saved story as WordPress gets it: the core's preview renders the stored body exactly as publishing does. */
async function publishedHtml(page: Page): Promise<string> {
  const [story] = (await core(page, 'listStories', {})) as Array<{ id: string }>;
  return ((await core(page, 'previewStory', { storyId: story!.id })) as { html: string }).html;
}

test('a table caption typed under the table, a footer row, and a details block typed from the / menu', async ({ launch }, testInfo) => {
  const app = await launch();
  const { page } = app;
  const body = await openNewStory(app);
  await page.keyboard.type('Results by ward');
  await page.keyboard.press('Enter');

  // A 3 × 2 table, filled cell by cell.
  await (await toolbarButton(page, 'Table')).click();
  await expect(page.getByRole('group', { name: 'Table size' }).getByRole('button', { name: '3 rows, 3 columns' })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Enter');
  for (const [i, word] of ['Ward', 'Votes', 'North', '1,204', 'Total', '1,204'].entries()) {
    if (i > 0) await page.keyboard.press('Tab');
    await page.keyboard.type(word);
  }

  // The last row becomes the footer, and shows as one.
  const tableBar = page.getByRole('toolbar', { name: 'Table' });
  await tableBar.getByRole('button', { name: 'Footer row' }).click();
  await expect(tableBar.getByRole('button', { name: 'Footer row' })).toHaveAttribute('aria-pressed', 'true');
  await expect(body.locator('tr').last()).toHaveClass(/pw-footer-row/);
  await expect(body.locator('tr').nth(1)).not.toHaveClass(/pw-footer-row/);

  // "Add caption" opens the caption line under the table, the cursor in it.
  await expect(page.getByRole('textbox', { name: 'Table caption' })).toHaveCount(0);
  await tableBar.getByRole('button', { name: 'Add caption' }).click();
  const caption = page.getByRole('textbox', { name: 'Table caption' });
  await expect(caption).toBeFocused();
  await expect(caption).toHaveAttribute('placeholder', 'Add a caption');
  await page.keyboard.type('Turnout by ward & district');
  await page.keyboard.press('Enter'); // one line: Enter adds nothing
  await expect(caption).toHaveValue('Turnout by ward & district');
  const tableBox = (await body.locator('table').boundingBox())!;
  const captionBox = (await caption.boundingBox())!;
  expect(captionBox.y).toBeGreaterThanOrEqual(tableBox.y + tableBox.height);

  // A details block from the / menu on the line after the table.
  await body.locator('p').last().click();
  await page.keyboard.type('/details');
  await expect(page.getByRole('option', { name: 'Details' })).toBeVisible();
  await page.keyboard.press('Enter');
  await page.keyboard.type('How we counted');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Every ward, twice.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('By hand.');
  await expect(body.locator('.pw-details-summary')).toHaveText('How we counted');
  await expect(body.locator('.pw-details > p')).toHaveText(['Every ward, twice.', 'By hand.']);

  await expect
    .poll(() => publishedHtml(page), { timeout: 15_000 })
    .toContain('<p>By hand.</p>');
  // The body as the site renders it (the block markup itself is pinned byte for byte by the unit tests).
  const html = (await publishedHtml(page)).replace(/\s*\n\s*/g, '');
  expect(html).toContain('<details class="wp-block-details"><summary>How we counted</summary><p>Every ward, twice.</p><p>By hand.</p></details>');
  expect(html).toContain('<tfoot><tr><td>Total</td><td>1,204</td></tr></tfoot></table><figcaption class="wp-element-caption">Turnout by ward &amp; district</figcaption></figure>');

  await page.screenshot({ path: testInfo.outputPath('table-caption-details.png') });

  // "Remove caption" takes it away again.
  await body.locator('td').first().click();
  await tableBar.getByRole('button', { name: 'Remove caption' }).click();
  await expect(caption).toHaveCount(0);
  await expect.poll(() => publishedHtml(page), { timeout: 15_000 }).not.toContain('figcaption');
});
