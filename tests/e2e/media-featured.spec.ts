import sharp from 'sharp';
import { expect, test } from './support/app';

test('a featured image is chosen from the media library, saved with the story, and marks the item as used', async ({ launch }) => {
  const first = await launch();
  const { page } = first;
  const photo = await sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 30, g: 80, b: 140 } } }).jpeg().toBuffer();

  await page.getByRole('button', { name: 'Media', exact: true }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import media' }).click();
  await (await chooser).setFiles([{ name: 'baghdad-talks.jpg', mimeType: 'image/jpeg', buffer: photo }]);
  const library = page.getByRole('region', { name: 'Media library' });
  await library.getByRole('button', { name: 'baghdad-talks.jpg' }).click();
  await page.getByRole('complementary', { name: 'Image details' }).getByRole('textbox', { name: 'Alt text' }).fill('Delegations seated at the talks in Baghdad');
  // Saved as typed: there is no Save button.
  await expect(page.getByRole('complementary', { name: 'Image details' }).getByRole('status')).toHaveText(/^Saved \d/);

  await page.getByRole('button', { name: 'Stories', exact: true }).click();
  await page.getByRole('button', { name: 'New story' }).click();
  await page.getByRole('textbox', { name: 'Headline' }).fill('Washington-Baghdad talks resume');
  await page.getByRole('button', { name: 'Story details' }).click();
  const featured = page.getByRole('group', { name: 'Featured image' });
  await expect(featured.getByText('None')).toBeVisible();
  await featured.getByRole('button', { name: 'Choose featured image' }).click();
  await featured.getByRole('button', { name: 'Use Delegations seated at the talks in Baghdad' }).click();
  const thumb = featured.getByRole('img', { name: 'Delegations seated at the talks in Baghdad' });
  await expect(thumb).toBeVisible();
  await expect.poll(() => thumb.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBeGreaterThan(0);
  await expect(page.getByRole('status')).toHaveText(/^Saved /, { timeout: 5_000 });
  await first.close();

  const second = await launch();
  await second.page.getByRole('button', { name: /Washington-Baghdad talks resume/ }).click();
  await second.page.getByRole('button', { name: 'Story details' }).click();
  const again = second.page.getByRole('group', { name: 'Featured image' });
  await expect(again.getByRole('img', { name: 'Delegations seated at the talks in Baghdad' })).toBeVisible();

  // The media library knows the story uses it, so it cannot be trashed from under the story.
  await second.page.getByRole('button', { name: 'Media', exact: true }).click();
  await second.page.getByRole('region', { name: 'Media library' }).getByRole('button', { name: 'baghdad-talks.jpg' }).click();
  await expect(second.page.getByRole('complementary', { name: 'Image details' })).toContainText('Washington-Baghdad talks resume');
});
