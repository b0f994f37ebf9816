import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Backups } from '../../electron/store/backups';
import { openDatabase } from '../../electron/store/database';
import { expect, test } from './support/app';

test('a damaged library is reported at start and the last good backup restored from the banner', async ({ launch, dataDir }) => {
  const first = await launch();
  const { page } = first;
  await page.getByRole('button', { name: 'New story' }).click();
  await page.getByRole('textbox', { name: 'Headline' }).fill('Story worth keeping');
  await expect(page.getByRole('status')).toHaveText(/^Saved /, { timeout: 5_000 });
  await first.close();

  const file = path.join(dataDir, 'library.sqlite');
  const db = openDatabase(file);
  await Backups.beside(db).take();
  db.close();

  const bytes = readFileSync(file);
  bytes.fill(0x5a, 4096, Math.min(bytes.length, 4096 * 8));
  writeFileSync(file, bytes);

  const second = await launch();
  const p2 = second.page;
  const banner = p2.getByRole('alert').filter({ hasText: 'damaged' });
  await expect(banner).toBeVisible();
  await banner.getByRole('button', { name: /Restore the last good backup/ }).click();
  await expect(banner).toHaveCount(0);
  await expect(p2.getByRole('list', { name: 'Stories' }).getByRole('button', { name: /Story worth keeping/ })).toBeVisible();
});
