import type { Page } from '@playwright/test';
import sharp from 'sharp';
import { expect, test } from './support/app';

/** Calls an operation through the page's own bridge, as the renderer would. */
async function core(page: Page, op: string, input: unknown): Promise<unknown> {
  return page.evaluate(
    async ({ op, input }) => {
      const meta = document.querySelector<HTMLMetaElement>('meta[name="presswork-bridge"]');
      const ws = new WebSocket(meta!.content);
      await new Promise((resolve) => ws.addEventListener('open', resolve, { once: true }));
      const result = await new Promise<{ ok: boolean; value?: unknown; error?: { message: string } }>((resolve) => {
        ws.addEventListener('message', (event) => {
          const m = JSON.parse(String(event.data)) as { kind: string; result: { ok: boolean; value?: unknown } };
          if (m.kind === 'result') resolve(m.result);
        });
        ws.send(JSON.stringify({ id: 1, op, input }));
      });
      ws.close();
      if (!result.ok) throw new Error(result.error?.message ?? 'failed');
      return result.value;
    },
    { op, input },
  );
}

test('an image from the media library is inserted by id, shows its thumbnail and keeps caption, credit and alt in the story', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  await page.getByRole('button', { name: 'New story' }).waitFor();
  const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#c0392b' } }).png().toBuffer();
  const batch = (await core(page, 'startMediaImport', { files: [{ name: 'council-hall.png', size: png.length }] })) as { batchId: string };
  await core(page, 'uploadMediaChunk', { batchId: batch.batchId, index: 0, offset: 0, data: png.toString('base64') });
  await expect
    .poll(async () => ((await core(page, 'listMedia', { query: '', filter: 'all', todayStart: 0, offset: 0, limit: 10 })) as { total: number }).total, { timeout: 20_000 })
    .toBe(1);

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
  await expect(card.locator('img.image-thumb')).toHaveAttribute('src', /^\/media\/[0-9a-f]{64}\/thumb\.webp$/);
  await expect.poll(() => card.locator('img.image-thumb').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await card.getByLabel('Caption').fill('The council hall on Tuesday');
  await card.getByLabel('Credit').fill('Jo Reporter');
  await card.getByLabel('Alt text').fill('A red brick hall');
  await expect(card.getByLabel('Alt text')).toHaveValue('A red brick hall');

  await expect(page.getByRole('status')).toHaveText(/^Saved /);
  const list = (await core(page, 'listStories', {})) as Array<{ id: string }>;
  const story = (await core(page, 'getStory', { id: list[0]!.id })) as { body: { root: { children: Array<Record<string, unknown>> } } };
  const image = story.body.root.children.find((n) => n.type === 'image');
  expect(image).toMatchObject({ caption: 'The council hall on Tuesday', credit: 'Jo Reporter', altText: 'A red brick hall', version: 1 });
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
