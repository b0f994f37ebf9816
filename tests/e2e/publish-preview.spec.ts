import { wordpressEnv } from '../support/wordpress/env';
import { expect, test } from './support/app';
import { connectTestSite } from './support/connect-site';
import { importTestImage } from './support/core-call';

const wp = wordpressEnv();

test('the preview frame runs nothing yet shows the story’s own images from the app', async ({ launch }) => {
  const { page } = await launch();
  await page.getByRole('button', { name: 'New story' }).waitFor();
  await importTestImage(page, 'harbour-preview.png');

  await connectTestSite(page, wp);

  await page.getByRole('button', { name: 'Stories', exact: true }).click();
  await page.getByRole('button', { name: 'New story' }).click();
  await page.getByRole('textbox', { name: 'Headline' }).fill('Harbour at dawn');
  await page.getByRole('textbox', { name: 'Body' }).click();
  await page.keyboard.type('Boats came in early.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('/image');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Insert image' });
  await dialog.getByRole('button', { name: /^Insert harbour-preview/ }).click();
  await page.getByRole('group', { name: 'Image' }).getByLabel('Caption').fill('The harbour at dawn');

  await page.getByRole('region', { name: 'Publishing' }).getByRole('button', { name: 'Preview', exact: true }).click();
  const frame = page.locator('iframe[title="Story preview"]');
  // No scripts and no forms, whatever the story holds; links may only open a new window (the system browser).
  await expect(frame).toHaveAttribute('sandbox', 'allow-same-origin allow-popups allow-popups-to-escape-sandbox');
  const preview = page.frameLocator('iframe[title="Story preview"]');
  await expect(preview.getByRole('heading', { name: 'Harbour at dawn' })).toBeVisible();
  await expect(preview.locator('figcaption')).toContainText('The harbour at dawn');
  await expect.poll(() => preview.locator('img').first().evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), { timeout: 15_000 }).toBeGreaterThan(0);
});
