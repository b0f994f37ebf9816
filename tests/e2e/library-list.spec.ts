import { createLibrary } from '../../electron/store/library';
import { openDatabase } from '../../electron/store/database';
import { DATABASE_FILE } from '../../electron/core/core';
import path from 'node:path';
import { emptyFields } from '../../shared/story/story-schema';
import { expect, test, type AppSession } from './support/app';

async function write(app: AppSession, headline: string, body: string) {
  const { page } = app;
  await page.getByRole('button', { name: 'New story' }).click();
  // The new story has replaced the previous one once its headline is empty and focused.
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('');
  await expect(page.getByRole('textbox', { name: 'Headline' })).toBeFocused();
  await page.getByRole('textbox', { name: 'Headline' }).fill(headline);
  await page.getByRole('textbox', { name: 'Body' }).click();
  await page.keyboard.type(body);
  await expect(page.getByRole('status')).toHaveText(/^Saved /, { timeout: 5_000 });
}

test('search as you type with highlights, TK filter, duplicate, spike, restore, archive and a twice-confirmed delete', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  await write(app, 'Harbour plan approved', 'The council backed the harbour redevelopment. TK quote from mayor.');
  await write(app, 'Budget vote delayed', 'Ministers argued late into the night.');
  const list = page.getByRole('list', { name: 'Stories' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list.getByRole('listitem').filter({ hasText: 'Harbour plan approved' })).toContainText('1 TK');

  const searchBox = page.getByRole('searchbox', { name: 'Search stories' });
  await searchBox.fill('redevel');
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list.locator('mark').first()).toHaveText(/redevelopment/i);
  await searchBox.fill('');

  await page.getByRole('checkbox', { name: 'Has TKs' }).check();
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await page.getByRole('checkbox', { name: 'Has TKs' }).uncheck();

  await list.getByRole('button', { name: /Budget vote delayed/ }).click();
  await page.getByRole('toolbar', { name: 'Story actions' }).getByRole('button', { name: 'Duplicate' }).click();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Budget vote delayed (copy)');
  await expect(list.getByRole('listitem')).toHaveCount(3);

  await page.getByRole('toolbar', { name: 'Story actions' }).getByRole('button', { name: 'Spike' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await page.getByRole('group', { name: 'Library view' }).getByRole('button', { name: 'Spike' }).click();
  const spiked = list.getByRole('listitem').filter({ hasText: 'Budget vote delayed (copy)' });
  await expect(spiked).toHaveCount(1);
  await spiked.getByRole('button', { name: 'Restore' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(0);
  await page.getByRole('button', { name: 'All stories' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(3);

  await list.getByRole('button', { name: /Harbour plan approved/ }).click();
  await page.getByRole('toolbar', { name: 'Story actions' }).getByRole('button', { name: 'Archive' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await page.getByRole('button', { name: 'Archive', pressed: false }).first().click();
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await page.getByRole('button', { name: 'All stories' }).click();

  await list.getByRole('button', { name: /Budget vote delayed \(copy\)/ }).click();
  await page.getByRole('toolbar', { name: 'Story actions' }).getByRole('button', { name: 'Spike' }).click();
  await page.getByRole('group', { name: 'Library view' }).getByRole('button', { name: 'Spike' }).click();
  await list.getByRole('listitem').first().getByRole('button', { name: 'Delete forever…' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Delete forever?' });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await list.getByRole('listitem').first().getByRole('button', { name: 'Delete forever…' }).click();
  await dialog.getByRole('button', { name: 'Yes, delete forever' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(0);
});

test('the list renders a window of 3,000 stories and pages in more as it scrolls', async ({ launch, dataDir }) => {
  const db = openDatabase(path.join(dataDir, DATABASE_FILE));
  const lib = createLibrary(db);
  db.transaction(() => {
    for (let i = 0; i < 3000; i++) {
      const s = lib.stories.create();
      lib.stories.save({
        id: s.id,
        headline: `Seeded story ${String(i).padStart(4, '0')}`,
        body: { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: `Body of story ${i}` }] }] } },
        fields: emptyFields(),
      });
    }
  })();
  db.close();

  const app = await launch();
  const { page } = app;
  const list = page.getByRole('list', { name: 'Stories' });
  await expect(page.getByText('3,000 stories')).toBeVisible();
  const rendered = await list.getByRole('listitem').count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(60);
  await expect(list.getByRole('listitem').first()).toHaveAttribute('aria-setsize', '3000');
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption('headline');
  await expect(list.getByRole('listitem').first()).toContainText('Seeded story 0000');
  const rowHeight = await list.getByRole('listitem').first().evaluate((el) => el.getBoundingClientRect().height);
  await list.evaluate((el, top) => el.scrollTo(0, top), rowHeight * 400);
  await expect(list.getByRole('listitem').filter({ hasText: 'Seeded story 0400' })).toHaveCount(1, { timeout: 5_000 });
  expect(await list.getByRole('listitem').count()).toBeLessThan(60);
});

test('the list and the open story count the same words: the body’s, pull quotes included, the headline not', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  await write(app, 'Five words in this headline', 'Six words in the first paragraph.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('/pull');
  await expect(page.getByRole('option', { name: 'Pull quote', exact: true })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  const pull = page.getByRole('group', { name: 'Pull quote' });
  await pull.getByLabel('Pull quote text').fill('We will not back down');
  await pull.getByLabel('Pull quote citation').fill('The mayor');
  // 6 in the paragraph, 5 + 2 in the pull quote.
  await expect(page.getByLabel('Word count')).toHaveText('13 words');
  await expect(page.getByRole('status')).toHaveText(/^Saved /, { timeout: 5_000 });
  const row = page.getByRole('list', { name: 'Stories' }).getByRole('listitem').filter({ hasText: 'Five words in this headline' });
  await expect(row).toContainText('13 words');
});
