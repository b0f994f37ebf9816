import { expect, test } from './support/app';
import { core } from './support/core-call';
import { LONG_COPY, paragraph, seedStory } from './support/story-seed';

const EARLY = '0b6f1f5e-6a53-4c43-9a0e-3f1f1b0a7c11';
const LATE = '9d2c7e41-2f0a-4b8e-8c55-6e7a1d3b9f22';

test('notes sit in the margin beside their text, and a note’s quote selects that text in the editor', async ({ launch }) => {
  const { page } = await launch();
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.getByRole('button', { name: 'New story' }).waitFor();
  const id = await seedStory(page, {
    headline: 'Talks resume',
    children: [
      paragraph('The two sides met ', { note: EARLY, text: 'on Monday' }, ' in Baghdad.'),
      ...LONG_COPY.slice(0, 4).map((p) => paragraph(p)),
      paragraph('Both delegations will meet again ', { note: LATE, text: 'next month' }, '.'),
    ],
  });
  await core(page, 'addNote', { storyId: id, noteId: EARLY, quote: 'on Monday', text: 'Which Monday?' });
  await core(page, 'addNote', { storyId: id, noteId: LATE, quote: 'next month', text: 'A date?' });
  await page.reload();
  await page.getByRole('list', { name: 'Stories' }).getByRole('button', { name: 'Talks resume' }).click();

  const body = page.getByRole('textbox', { name: 'Body' });
  const notes = page.getByRole('region', { name: 'Notes' });
  const cards = notes.getByRole('list', { name: 'Open notes' }).getByRole('listitem');
  await expect(cards).toHaveCount(2);
  const bodyBox = (await body.boundingBox())!;
  for (const [quote, text] of [['on Monday', 'Which Monday?'], ['next month', 'A date?']] as const) {
    const mark = (await body.locator('mark', { hasText: quote }).boundingBox())!;
    const card = (await cards.filter({ hasText: text }).boundingBox())!;
    // Beside the text, in the margin to its right, at its height.
    expect(card.x, quote).toBeGreaterThanOrEqual(bodyBox.x + bodyBox.width);
    expect(Math.abs(card.y - mark.y), quote).toBeLessThan(30);
  }

  await cards.filter({ hasText: 'A date?' }).getByRole('button', { name: 'Select “next month” in the text' }).click();
  await expect(body).toBeFocused();
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('next month');
  await notes.getByRole('button', { name: 'Select “on Monday” in the text' }).click();
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('on Monday');
});

test('Add note writes a note in the margin beside the selected text; resolving it leaves the margin’s count at zero', async ({ launch }) => {
  const { page } = await launch();
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.getByRole('button', { name: 'New story' }).click();
  const body = page.getByRole('textbox', { name: 'Body' });
  await body.click();
  await page.keyboard.type('The talks resumed on Monday.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Officials said the withdrawal could take a year.');
  await expect(page.getByRole('status')).toHaveText(/^Saved /, { timeout: 5_000 });
  // No note yet: no margin, the text keeps its width.
  await expect(page.getByRole('region', { name: 'Notes' })).toHaveCount(0);
  for (let i = 0; i < 'a year.'.length; i++) await page.keyboard.press('Shift+ArrowLeft');
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('a year.');
  await page.keyboard.press('Control+Alt+m');

  const composer = page.getByRole('group', { name: 'New note' });
  await expect(composer.getByRole('textbox', { name: 'New note' })).toBeFocused();
  await composer.getByRole('textbox', { name: 'New note' }).fill('Source for the year?');
  await composer.getByRole('button', { name: 'Save note' }).click();

  const card = page.getByRole('region', { name: 'Notes' }).getByRole('listitem').filter({ hasText: 'Source for the year?' });
  await expect(card).toContainText('a year.');
  const mark = (await body.locator('mark').boundingBox())!;
  expect(Math.abs((await card.boundingBox())!.y - mark.y)).toBeLessThan(30);
  await card.getByRole('button', { name: 'Resolve' }).click();
  await expect(page.getByRole('region', { name: 'Notes' })).toContainText('0 open notes');
});
