import { expect, test } from './support/app';
import { core, importTestImage } from './support/core-call';

type Story = { body: { root: { children: Array<Record<string, unknown>> } } };

test('a gallery shows its pictures with captions typed in place, an image can leave it, and an external image says where it is shown from', async ({ launch }, testInfo) => {
  const app = await launch();
  const { page } = app;
  await page.getByRole('button', { name: 'New story' }).waitFor();
  await importTestImage(page, 'harbour.png');
  const media = (await core(page, 'listMedia', { query: '', filter: 'all', todayStart: 0, offset: 0, limit: 10 })) as { items: Array<{ id: string }> };
  const libraryId = media.items[0]!.id;

  await page.getByRole('button', { name: 'New story' }).click();
  const body = page.getByRole('textbox', { name: 'Body' });
  await body.click();
  const external = (src: string, altText: string, caption = '') => ({ type: 'image', version: 2, mediaId: '', src, altText, caption });
  const nodes = [
    { type: 'gallery', version: 1, linkTo: 'none', caption: 'Scenes from the harbour', images: [{ type: 'image', version: 2, mediaId: libraryId, altText: 'Boats', caption: 'Boats' }, external('https://ap.example.com/2.jpg', 'Crowd', 'The crowd')] },
    external('https://ap.example.com/photos/flood.jpg', 'A flooded street', 'Flooded street'),
  ];
  // As a pulled story holds them; pasted as Lexical JSON, the way another story's blocks arrive.
  await body.evaluate((el, pasted) => {
    const transfer = new DataTransfer();
    transfer.setData('application/x-lexical-editor', JSON.stringify({ namespace: 'presswork-body', nodes: pasted }));
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, nodes);

  const gallery = page.getByRole('group', { name: 'Gallery of 2 images' });
  await expect(gallery.getByRole('listitem', { name: 'Image 1 of 2' }).locator('img.gallery-thumb')).toHaveAttribute('src', /^\/media\/[0-9a-f]{64}\/w800\.jpg$/);
  await expect(gallery.getByRole('img', { name: 'Image: Crowd' })).toHaveText('Shown from ap.example.com');
  await expect(gallery.getByLabel('Caption of image 2')).toHaveValue('The crowd');
  await expect(gallery.getByLabel('Gallery caption')).toHaveValue('Scenes from the harbour');
  const image = page.getByRole('group', { name: 'Image', exact: true });
  await expect(image.getByRole('img', { name: 'Image: A flooded street' })).toHaveText('Shown from ap.example.com');
  await expect(image).toContainText('not in your media library');
  await page.screenshot({ path: testInfo.outputPath('gallery-and-external-image.png'), fullPage: true });

  await gallery.getByLabel('Caption of image 1').fill('Boats at dawn');
  await gallery.getByRole('button', { name: 'Remove image 2 from the gallery' }).click();
  await expect(page.getByRole('group', { name: 'Gallery of 1 image' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(/^Saved /);
  await expect
    .poll(async () => {
      const list = (await core(page, 'listStories', {})) as Array<{ id: string }>;
      const story = (await core(page, 'getStory', { id: list[0]!.id })) as Story;
      const saved = story.body.root.children.find((n) => n.type === 'gallery') as { images: Array<Record<string, unknown>> } | undefined;
      return saved?.images.map((i) => [i.mediaId, i.caption]);
    })
    .toEqual([[libraryId, 'Boats at dawn']]);
});
