import { expect, test } from './support/app';
import { core, importTestImage } from './support/core-call';

type Story = { body: { root: { children: Array<Record<string, unknown>> } } };

test('an image sync brought into the library but shown from another site offers its library copy, which drops the published src', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  await page.getByRole('button', { name: 'New story' }).waitFor();
  await importTestImage(page, 'harbour.png');
  const media = (await core(page, 'listMedia', { query: '', filter: 'all', todayStart: 0, offset: 0, limit: 10 })) as { items: Array<{ id: string }> };
  const libraryId = media.items[0]!.id;

  await page.getByRole('button', { name: 'New story' }).click();
  const body = page.getByRole('textbox', { name: 'Body' });
  await body.click();
  // As sync leaves a hotlinked photo it could download: the library item, and the src it was published with.
  const nodes = [{ type: 'image', version: 2, mediaId: libraryId, src: 'https://ap.example.com/photos/flood.jpg', altText: 'A flooded street', caption: 'Flooded street' }];
  await body.evaluate((el, pasted) => {
    const transfer = new DataTransfer();
    transfer.setData('application/x-lexical-editor', JSON.stringify({ namespace: 'presswork-body', nodes: pasted }));
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, nodes);

  const image = page.getByRole('group', { name: 'Image', exact: true });
  await expect(image).toContainText('Shown from ap.example.com; a copy is in your media library.');
  await expect(image).not.toContainText('not in your media library');
  await image.getByRole('button', { name: 'Use the library copy' }).click();
  await expect(image.getByRole('button', { name: 'Use the library copy' })).toHaveCount(0);
  await expect(image).not.toContainText('Shown from');
  await expect
    .poll(async () => {
      const list = (await core(page, 'listStories', {})) as Array<{ id: string }>;
      const story = (await core(page, 'getStory', { id: list[0]!.id })) as Story;
      const saved = story.body.root.children.find((n) => n.type === 'image');
      return saved && [saved.mediaId, saved.src];
    })
    .toEqual([libraryId, '']);
});
