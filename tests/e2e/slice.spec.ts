import { expect, test, type AppSession } from './support/app';

const HEADLINE = 'Washington-Baghdad Dialogue-Knot on Troop’s Presence';
const BODY = 'Both sides expressed a commitment to constructive engagement.';

async function writeStory(app: AppSession) {
  const { page } = app;
  await page.getByRole('button', { name: 'New story' }).click();
  await page.getByRole('textbox', { name: 'Headline' }).fill(HEADLINE);
  const body = page.getByRole('textbox', { name: 'Body' });
  await body.click();
  await page.keyboard.type(BODY);
  await expect(page.getByRole('status')).toHaveText(/^Saved /, { timeout: 5_000 });
}

async function expectStoryIntact(app: AppSession) {
  const { page } = app;
  const item = page.getByRole('button', { name: new RegExp(HEADLINE) });
  await expect(item).toBeVisible();
  await item.click();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(HEADLINE);
  await expect(page.getByRole('textbox', { name: 'Body' })).toHaveText(BODY);
}

test('a story written, saved and reopened after a restart is intact', async ({ launch }) => {
  const first = await launch();
  await writeStory(first);
  await first.close();

  const second = await launch();
  await expectStoryIntact(second);
});

test('kill -9 after "Saved" loses nothing', async ({ launch }) => {
  const first = await launch();
  await writeStory(first);
  await first.crash();

  const second = await launch();
  await expectStoryIntact(second);
});

test('closing the window straight after typing saves the story before the window goes', async ({ launch }) => {
  const first = await launch();
  const { page } = first;
  await page.getByRole('button', { name: 'New story' }).click();
  await page.getByRole('textbox', { name: 'Headline' }).fill(HEADLINE);
  await page.getByRole('textbox', { name: 'Body' }).click();
  await page.keyboard.type(BODY);
  // No waiting for "Saved": the close itself must carry the last words to disk.
  await first.closeWindow();
  await first.crash();

  const second = await launch();
  await expectStoryIntact(second);
});
