import { expect, test } from './support/app';
import { core, importTestImage } from './support/core-call';

test('an image from the media library is inserted by id, shows its thumbnail and keeps caption, credit and alt in the story', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  await page.getByRole('button', { name: 'New story' }).waitFor();
  await importTestImage(page, 'council-hall.png');

  await page.getByRole('button', { name: 'New story' }).click();
  const body = page.getByRole('textbox', { name: 'Body' });
  await body.click();
  await page.keyboard.type('Before the picture.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('/image');
  await expect(page.getByRole('option', { name: 'Image', exact: true })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Insert image' });
  await dialog.getByRole('searchbox', { name: 'Search media library' }).fill('council');
  await dialog.getByRole('button', { name: /^Insert council-hall/ }).click();

  const card = page.getByRole('group', { name: 'Image' });
  await expect(card.locator('img.image-thumb')).toHaveAttribute('src', /^\/media\/[0-9a-f]{64}\/w800\.jpg$/);
  await expect.poll(() => card.locator('img.image-thumb').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await card.getByLabel('Caption').fill('The council hall on Tuesday');
  await card.getByLabel('Credit').fill('Jo Reporter');
  await card.getByLabel('Alt text').fill('A red brick hall');
  await expect(card.getByLabel('Alt text')).toHaveValue('A red brick hall');

  await expect(page.getByRole('status')).toHaveText(/^Saved /);
  const list = (await core(page, 'listStories', {})) as Array<{ id: string }>;
  const story = (await core(page, 'getStory', { id: list[0]!.id })) as { body: { root: { children: Array<Record<string, unknown>> } } };
  const image = story.body.root.children.find((n) => n.type === 'image');
  expect(image).toMatchObject({ caption: 'The council hall on Tuesday', credit: 'Jo Reporter', altText: 'A red brick hall', version: 2, src: '' });
  expect(String(image!.mediaId)).toMatch(/^[0-9a-f-]{36}$/);
  const stored = JSON.stringify(story.body);
  expect(stored).not.toMatch(/base64|data:image|\/media\/|file:|council-hall\.png/);
});

test('an image whose library item is missing shows a placeholder with its words', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  await page.getByRole('button', { name: 'New story' }).click();
  const body = page.getByRole('textbox', { name: 'Body' });
  await body.click();
  const missing = {
    type: 'image', version: 1, mediaId: '0b6d1f7e-0000-4000-8000-000000000000', caption: 'Lost picture', credit: 'Archive', altText: 'A street at night',
  };
  await body.evaluate((el, node) => {
    const transfer = new DataTransfer();
    transfer.setData('application/x-lexical-editor', JSON.stringify({ namespace: 'presswork-body', nodes: [node] }));
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, missing);
  const card = page.getByRole('group', { name: 'Image' });
  await expect(card.getByRole('img', { name: 'Image: A street at night' })).toHaveText('No preview available');
  await expect(card.getByLabel('Caption')).toHaveValue('Lost picture');
  await expect(card.getByLabel('Credit')).toHaveValue('Archive');
});
