import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { expect, test, type AppSession } from './support/app';

async function jpeg(seed: number): Promise<Buffer> {
  return sharp({ create: { width: 900, height: 600, channels: 3, background: { r: 20 + seed * 40, g: 90, b: 160 } } })
    .withExif({ IFD0: { Artist: `Photographer ${seed}` }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 3230/100' } })
    .jpeg()
    .toBuffer();
}

async function openLibrary(app: AppSession) {
  await app.page.getByRole('button', { name: 'Media', exact: true }).click();
  const library = app.page.getByRole('region', { name: 'Media library' });
  await expect(library).toBeVisible();
  return library;
}

async function importThroughButton(app: AppSession, files: { name: string; mimeType: string; buffer: Buffer }[]) {
  const chooser = app.page.waitForEvent('filechooser');
  await app.page.getByRole('button', { name: 'Import media' }).click();
  await (await chooser).setFiles(files);
}

test('Import media: thumbnails appear, a bad file gets an alert naming it, alt text is edited and kept', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  const library = await openLibrary(app);
  await importThroughButton(app, [
    { name: 'harbour.jpg', mimeType: 'image/jpeg', buffer: await jpeg(1) },
    { name: 'notes.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('These are meeting notes, not a photograph.') },
    { name: 'market.jpg', mimeType: 'image/jpeg', buffer: await jpeg(2) },
  ]);

  await expect(page.getByRole('alert')).toContainText('“notes.jpg” was not imported: its content is text');
  await expect(library.getByText('Import finished: 2 imported, 1 not imported')).toBeVisible();
  const items = library.getByRole('list', { name: 'Media items' }).getByRole('listitem');
  await expect(items).toHaveCount(2);
  for (const name of ['harbour.jpg', 'market.jpg']) {
    const img = library.getByRole('button', { name }).locator('img');
    await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBeGreaterThan(0);
    expect(await img.getAttribute('src')).toMatch(/^\/media\/[0-9a-f]{64}\/thumb\.webp$/);
  }

  // Renditions come from the app's own origin; nothing else in the data folder does.
  const statuses = await page.evaluate(async () => {
    const src = document.querySelector<HTMLImageElement>('.media-tile img')!.getAttribute('src')!;
    const hash = src.split('/')[2]!;
    const get = async (url: string) => (await fetch(url)).status;
    return [await get(src), await get(`/media/${hash}/original.jpg`), await get(`/media/${hash}/..%2F..%2F..%2Flibrary.sqlite`), await get('/media/../library.sqlite')];
  });
  expect(statuses[0]).toBe(200);
  expect(statuses.slice(1).every((s) => s === 403 || s === 404)).toBe(true);

  await library.getByRole('button', { name: 'harbour.jpg' }).click();
  const details = page.getByRole('complementary', { name: 'Image details' });
  await expect(details.getByRole('textbox', { name: 'Credit' })).toHaveValue('Photographer 1');
  await details.getByRole('textbox', { name: 'Alt text' }).fill('Fishing boats moored in the harbour at dawn');
  await details.getByRole('textbox', { name: 'Caption' }).fill('The harbour before the storm.');
  await expect(details.getByRole('status')).toHaveText(/^Saved \d/);
  await expect(details.getByText('Not used in any story.')).toBeVisible();

  await library.getByRole('combobox', { name: 'Filter media' }).selectOption('missingAlt');
  await expect(items).toHaveCount(1);
  await expect(library.getByRole('button', { name: 'market.jpg' })).toBeVisible();
  await library.getByRole('combobox', { name: 'Filter media' }).selectOption('all');
  await library.getByRole('searchbox', { name: 'Search media' }).fill('fishing boats');
  await expect(items).toHaveCount(1);
  await expect(library.getByRole('button', { name: 'harbour.jpg' })).toBeVisible();

  await app.close();
  const again = await launch();
  const reopened = await openLibrary(again);
  await reopened.getByRole('button', { name: 'harbour.jpg' }).click();
  await expect(again.page.getByRole('textbox', { name: 'Alt text' })).toHaveValue('Fishing boats moored in the harbour at dawn');
});

test('drag and drop and paste import images; an unused image goes to the trash, which can be emptied', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  const library = await openLibrary(app);
  const dropped = (await jpeg(3)).toString('base64');
  await library.evaluate((el, b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const data = new DataTransfer();
    data.items.add(new File([bytes], 'dropped.jpg', { type: 'image/jpeg' }));
    el.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    el.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, dropped);
  await expect(library.getByRole('button', { name: 'dropped.jpg' })).toBeVisible();

  const pasted = (await sharp({ create: { width: 300, height: 200, channels: 4, background: '#c33' } }).png().toBuffer()).toString('base64');
  await library.getByRole('searchbox', { name: 'Search media' }).focus();
  await page.evaluate((b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const data = new DataTransfer();
    data.items.add(new File([bytes], 'image.png', { type: 'image/png' }));
    document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, pasted);
  await expect(library.getByRole('button', { name: /^pasted-.*\.png$/ })).toBeVisible();

  // Focus nowhere in particular: the paste still reaches the library while it is on screen.
  const pastedJpeg = (await jpeg(7)).toString('base64');
  await page.evaluate((b64) => {
    (document.activeElement as HTMLElement | null)?.blur();
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const data = new DataTransfer();
    data.items.add(new File([bytes], 'from-clipboard.jpg', { type: 'image/jpeg' }));
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, pastedJpeg);
  await expect(library.getByRole('button', { name: 'from-clipboard.jpg' })).toBeVisible();

  await library.getByRole('button', { name: 'dropped.jpg' }).click();
  await page.getByRole('button', { name: 'Move to trash' }).click();
  await expect(library.getByRole('button', { name: 'dropped.jpg' })).toHaveCount(0);
  await library.getByRole('combobox', { name: 'Filter media' }).selectOption('trash');
  await expect(library.getByRole('button', { name: 'dropped.jpg' })).toBeVisible();
  await library.getByRole('button', { name: 'Empty trash' }).click();
  await expect(library.getByRole('list', { name: 'Media items' }).getByRole('listitem')).toHaveCount(0);
  await library.getByRole('combobox', { name: 'Filter media' }).selectOption('all');
  await expect(library.getByRole('list', { name: 'Media items' }).getByRole('listitem')).toHaveCount(2);
});

test('a decompression bomb and an empty file are refused with alerts while the rest of the batch imports', async ({ launch }) => {
  const app = await launch();
  const library = await openLibrary(app);
  const { crc32, deflateSync } = await import('node:zlib');
  const u32 = (n: number) => {
    const b = Buffer.alloc(4);
    b.writeUInt32BE(n >>> 0);
    return b;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    return Buffer.concat([u32(data.length), body, u32(crc32(body))]);
  };
  const bomb = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', Buffer.concat([u32(30_000), u32(30_000), Buffer.from([8, 2, 0, 0, 0])])),
    chunk('IDAT', deflateSync(Buffer.alloc(90_001))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  await importThroughButton(app, [
    { name: 'bomb.png', mimeType: 'image/png', buffer: bomb },
    { name: 'empty.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(0) },
    { name: 'fine.jpg', mimeType: 'image/jpeg', buffer: await jpeg(4) },
  ]);
  const alert = app.page.getByRole('alert');
  await expect(alert).toContainText('“bomb.png” was not imported');
  await expect(alert).toContainText('decompression bomb');
  await expect(alert).toContainText('“empty.jpg” was not imported: it is empty');
  await expect(library.getByRole('button', { name: 'fine.jpg' })).toBeVisible();
});

test('Import folder imports the images inside a folder and skips its other files', async ({ launch }) => {
  const app = await launch();
  const library = await openLibrary(app);
  const folder = mkdtempSync(path.join(os.tmpdir(), 'presswork-e2e-folder-'));
  writeFileSync(path.join(folder, 'street.jpg'), await jpeg(5));
  writeFileSync(path.join(folder, 'square.png'), await sharp({ create: { width: 200, height: 200, channels: 3, background: '#fa0' } }).png().toBuffer());
  writeFileSync(path.join(folder, 'captions.txt'), 'street.jpg: A street at night');
  const chooser = app.page.waitForEvent('filechooser');
  await app.page.getByRole('button', { name: 'Import folder' }).click();
  await (await chooser).setFiles(folder);
  await expect(library.getByText('Import finished: 2 imported')).toBeVisible();
  await expect(library.getByRole('list', { name: 'Media items' }).getByRole('listitem')).toHaveCount(2);
  await expect(app.page.getByRole('alert')).toHaveCount(0);
});

test('the grid stays virtualized at 10,000 items: few tiles in the DOM, the last one reachable', async ({ launch, dataDir }) => {
  // Seed the catalogue directly (no files: their thumbnails simply 404), as a long-used library would be.
  const { openDatabase } = await import('../../electron/store/database');
  const { randomUUID, createHash } = await import('node:crypto');
  const db = openDatabase(path.join(dataDir, 'library.sqlite'));
  const insert = db.prepare(
    `INSERT INTO media (id, sha256, filename, format, width, height, byte_size, alt, created_at, updated_at) VALUES (?, ?, ?, 'jpeg', 4000, 3000, 1000, ?, ?, ?)`,
  );
  db.transaction(() => {
    for (let i = 0; i < 10_000; i++) {
      const sha = createHash('sha256').update(String(i)).digest('hex');
      insert.run(randomUUID(), sha, `photo-${String(i).padStart(5, '0')}.jpg`, i % 3 === 0 ? '' : `Photo ${i}`, i, i);
    }
  })();
  db.close();

  const app = await launch();
  const library = await openLibrary(app);
  await expect(library.getByText('10,000 images')).toBeVisible();
  const list = library.getByRole('list', { name: 'Media items' });
  await expect(list.getByRole('button', { name: 'photo-09999.jpg' })).toBeVisible();
  expect(await list.getByRole('listitem').count()).toBeLessThan(200);

  await app.page.locator('.media-grid-scroller').evaluate((el) => (el.scrollTop = el.scrollHeight));
  const last = list.getByRole('button', { name: 'photo-00000.jpg' });
  await expect(last).toBeVisible();
  expect(await list.locator('[aria-posinset="10000"]').count()).toBe(1);
  expect(await list.getByRole('listitem').count()).toBeLessThan(200);

  await library.getByRole('searchbox', { name: 'Search media' }).fill('photo-0424');
  await expect(list.getByRole('listitem')).toHaveCount(10);
});

/** Runs one contract operation over the page's own bridge, as another part of the app would. */
async function callCore(app: AppSession, op: string, input: unknown): Promise<unknown> {
  return app.page.evaluate(
    async ([op, input]) => {
      const meta = document.querySelector<HTMLMetaElement>('meta[name="presswork-bridge"]')!;
      const ws = new WebSocket(meta.content);
      await new Promise((r) => ws.addEventListener('open', r, { once: true }));
      return new Promise((resolve, reject) => {
        ws.addEventListener('message', (event) => {
          const message = JSON.parse(String(event.data)) as { kind: string; id?: number; result?: { ok: boolean; value?: unknown; error?: { message: string } } };
          if (message.kind !== 'result' || message.id !== 1) return;
          ws.close();
          if (message.result!.ok) resolve(message.result!.value);
          else reject(new Error(message.result!.error!.message));
        });
        ws.send(JSON.stringify({ id: 1, op, input }));
      });
    },
    [op, input] as const,
  );
}

test('deleting an image a story uses is refused with an alert naming the story; the detail panel lists it', async ({ launch }) => {
  const app = await launch();
  const library = await openLibrary(app);
  await importThroughButton(app, [{ name: 'flood.jpg', mimeType: 'image/jpeg', buffer: await jpeg(6) }]);
  await expect(library.getByRole('button', { name: 'flood.jpg' })).toBeVisible();
  const page = (await callCore(app, 'listMedia', {})) as { items: { id: string }[] };
  const story = (await callCore(app, 'createStory', {})) as { id: string };
  await callCore(app, 'saveStory', {
    id: story.id,
    headline: 'Rivers burst their banks',
    body: { root: { type: 'root', children: [{ type: 'image', version: 1, mediaId: page.items[0]!.id, caption: '', credit: '', altText: '' }] } },
  });

  await library.getByRole('button', { name: 'flood.jpg' }).click();
  const details = app.page.getByRole('complementary', { name: 'Image details' });
  await expect(details.getByRole('region', { name: 'Used in stories' })).toContainText('Rivers burst their banks');
  await details.getByRole('button', { name: 'Move to trash' }).click();
  await expect(app.page.getByRole('alert')).toContainText('“flood.jpg” is used by the story “Rivers burst their banks”');
  await expect(library.getByRole('button', { name: 'flood.jpg' })).toBeVisible();
});
