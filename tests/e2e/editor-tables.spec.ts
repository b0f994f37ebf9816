import type { Locator, Page } from '@playwright/test';
import { expect, test, type AppSession } from './support/app';
import { core } from './support/core-call';
import { toolbarButton } from './support/toolbar';

const mod = process.platform === 'darwin' ? 'Meta' : 'Control';

async function openNewStory(app: AppSession): Promise<Locator> {
  await app.page.getByRole('button', { name: 'New story' }).click();
  const body = app.page.getByRole('textbox', { name: 'Body' });
  await body.click();
  return body;
}

/** The body's tables as the writer sees them: each row's cell texts. */
function cellTexts(body: Locator): Promise<string[][]> {
  return body.locator('tr').evaluateAll((rows) => rows.map((row) => Array.from(row.children).map((cell) => cell.textContent ?? '')));
}

/** Inserts a table through the toolbar's size picker, moving from its 3 × 3 start with the arrow keys. */
async function insertTable(page: Page, arrows: string[]): Promise<void> {
  await (await toolbarButton(page, 'Table')).click();
  await expect(page.getByRole('group', { name: 'Table size' }).getByRole('button', { name: '3 rows, 3 columns' })).toBeFocused();
  for (const key of arrows) await page.keyboard.press(key);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Insert table' })).toBeHidden();
}

/** Types into consecutive cells, Tab between them. */
async function typeCells(page: Page, words: string[]): Promise<void> {
  for (const [i, word] of words.entries()) {
    if (i > 0) await page.keyboard.press('Tab');
    await page.keyboard.type(word);
  }
}

/** The saved story as WordPress gets it: the core's preview renders the stored body exactly as publishing does. */
async function publishedHtml(page: Page): Promise<string> {
  const [story] = (await core(page, 'listStories', {})) as Array<{ id: string }>;
  return ((await core(page, 'previewStory', { storyId: story!.id })) as { html: string }).html;
}

test('Table asks for a size, by grid or by numbers, and puts the caret in the first cell', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  const body = await openNewStory(app);
  await page.keyboard.type('Results by ward');
  await page.keyboard.press('Enter');
  await (await toolbarButton(page, 'Table')).click();
  const size = page.getByRole('dialog', { name: 'Insert table' }).getByRole('group', { name: 'Table size' });
  await expect(size.getByRole('button', { name: '3 rows, 3 columns' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowRight');
  await expect(size.getByRole('button', { name: '2 rows, 4 columns' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.type('Ward');
  await expect.poll(() => cellTexts(body)).toEqual([
    ['Ward', '', '', ''],
    ['', '', '', ''],
  ]);
  await expect(body.locator('th')).toHaveCount(4);
  // The empty line the table went on is replaced, not left above it; a line follows to write on.
  await expect.poll(() => body.evaluate((el) => Array.from(el.children, (c) => c.tagName))).toEqual(['P', 'TABLE', 'P']);

  // The / menu asks too; a mouse picks from the grid.
  await page.keyboard.press(`${mod}+End`);
  await page.keyboard.type('/table');
  await page.keyboard.press('Enter');
  await size.getByRole('button', { name: '4 rows, 5 columns' }).hover();
  await expect(size.getByRole('button', { name: '4 rows, 5 columns' })).toHaveClass(/chosen/);
  await size.getByRole('button', { name: '4 rows, 5 columns' }).click();
  await page.keyboard.type('Party');
  await expect(body.locator('table').nth(1).locator('tr')).toHaveCount(4);
  await expect(body.locator('table').nth(1).locator('tr').first().locator('th')).toHaveCount(5);
  await expect(body.locator('table').nth(1).locator('th').first()).toHaveText('Party');

  // Bigger than the grid: typed.
  await page.keyboard.press(`${mod}+End`);
  await (await toolbarButton(page, 'Table')).click();
  await size.getByLabel('Rows', { exact: true }).fill('12');
  await size.getByLabel('Columns', { exact: true }).fill('2');
  await size.getByLabel('Columns', { exact: true }).press('Enter');
  await expect(body.locator('table').nth(2).locator('tr')).toHaveCount(12);
  await expect(body.locator('table').nth(2).locator('tr').first().locator('th')).toHaveCount(2);
  await page.keyboard.type('Region');
  await expect(body.locator('table').nth(2).locator('th').first()).toHaveText('Region');
});

test('Tab and Shift+Tab move between cells, and Tab in the last cell adds a row', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  const body = await openNewStory(app);
  await insertTable(page, ['ArrowUp', 'ArrowLeft']);
  await typeCells(page, ['Ward', 'Votes', 'North', '1,204']);
  await page.keyboard.press('Tab');
  await expect(body).toBeFocused();
  await page.keyboard.type('South');
  await expect.poll(() => cellTexts(body)).toEqual([
    ['Ward', 'Votes'],
    ['North', '1,204'],
    ['South', ''],
  ]);
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.type('!');
  for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+Tab');
  await page.keyboard.type('*');
  await expect(body).toBeFocused();
  await expect.poll(() => cellTexts(body)).toEqual([
    ['Ward*', 'Votes'],
    ['North', '1,204!'],
    ['South', ''],
  ]);
});

test('the table toolbar inserts and deletes rows and columns and switches the header row; the story publishes with <thead>', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  const body = await openNewStory(app);
  await page.keyboard.type('Intro.');
  await page.keyboard.press('Enter');
  const tools = page.getByRole('toolbar', { name: 'Table' });
  await expect(tools).toBeHidden();
  await insertTable(page, ['ArrowUp', 'ArrowLeft']);
  await expect(tools).toBeVisible();
  await typeCells(page, ['Party', 'Seats', 'Green', '4']);

  await tools.getByRole('button', { name: 'Insert row below' }).click();
  await tools.getByRole('button', { name: 'Insert column right' }).click();
  // The caret stays where it was, as in Word and Docs.
  await page.keyboard.type('0');
  await expect.poll(() => cellTexts(body)).toEqual([
    ['Party', 'Seats', ''],
    ['Green', '40', ''],
    ['', '', ''],
  ]);
  await page.keyboard.press('Backspace');
  await body.locator('tr').nth(2).locator('td').first().click();
  await tools.getByRole('button', { name: 'Delete row' }).click();
  await body.locator('tr').nth(1).locator('td').nth(2).click();
  await tools.getByRole('button', { name: 'Delete column' }).click();
  await expect.poll(() => cellTexts(body)).toEqual([
    ['Party', 'Seats'],
    ['Green', '4'],
  ]);

  // The header row belongs to the table: a row inserted above it becomes the header, and undo puts it back.
  const header = tools.getByRole('button', { name: 'Header row' });
  await expect(header).toHaveAttribute('aria-pressed', 'true');
  await body.locator('th').first().click();
  await tools.getByRole('button', { name: 'Insert row above' }).click();
  await expect(body.locator('tr').first().locator('th')).toHaveCount(2);
  await expect(body.locator('tr').nth(1).locator('td')).toHaveText(['Party', 'Seats']);
  await page.keyboard.press(`${mod}+z`);
  await expect.poll(() => cellTexts(body)).toEqual([
    ['Party', 'Seats'],
    ['Green', '4'],
  ]);
  await expect(body.locator('th')).toHaveText(['Party', 'Seats']);

  await header.click();
  await expect(header).toHaveAttribute('aria-pressed', 'false');
  await expect(body.locator('th')).toHaveCount(0);
  // Polled: autosave writes the change a moment later.
  await expect
    .poll(() => publishedHtml(page), { timeout: 15_000 })
    .toContain('<table class="has-fixed-layout"><tbody><tr><td>Party</td><td>Seats</td></tr><tr><td>Green</td><td>4</td></tr></tbody></table>');

  await header.click();
  await expect(header).toHaveAttribute('aria-pressed', 'true');
  await expect
    .poll(() => publishedHtml(page), { timeout: 15_000 })
    .toContain('<table class="has-fixed-layout"><thead><tr><th>Party</th><th>Seats</th></tr></thead><tbody><tr><td>Green</td><td>4</td></tr></tbody></table>');

  // From the keyboard: Escape, then Tab, reaches the table's toolbar; a control acts and the writer is back in the text.
  await body.locator('td').last().click();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(tools.getByRole('button', { name: 'Insert row above' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(body.locator('tr')).toHaveCount(3);
  await expect(body).toBeFocused();

  await body.getByText('Intro.').click();
  await expect(tools).toBeHidden();
  await body.locator('td').first().click();
  await tools.getByRole('button', { name: 'Delete table' }).click();
  await expect(body.locator('table')).toHaveCount(0);
  await expect(tools).toBeHidden();
  await expect(body).toBeFocused();
});

test('Tab stays in the text: it neither walks into the cards nor types anything; lists still indent; Escape then Tab leaves', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  const body = await openNewStory(app);
  await page.keyboard.type('First paragraph.');
  await page.getByRole('button', { name: 'Pull quote', exact: true }).click();
  const pull = page.getByRole('group', { name: 'Pull quote' });
  await pull.getByLabel('Pull quote text').fill('We will not back down');
  await body.getByText('First paragraph.').click();
  await page.keyboard.press('End');
  // Once, walking out with Tab reached the card's Remove button and a Space deleted the quote.
  for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Space');
  await expect(body).toBeFocused();
  await expect(pull.getByLabel('Pull quote text')).toHaveValue('We will not back down');
  // The Space went into the text; the Tabs left nothing there.
  await expect.poll(() => body.locator('p').first().textContent()).toBe('First paragraph. ');
  expect(await body.textContent()).not.toContain('\t');

  await page.keyboard.press(`${mod}+End`);
  await page.keyboard.type('- item');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.type('nested');
  await expect(body.locator('ul ul li')).toHaveText('nested');
  await expect(body).toBeFocused();

  await expect(body).toHaveAccessibleDescription(/Press Escape, then Tab, to leave the text/);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(pull.getByLabel('Pull quote text')).toBeFocused();
});

test('a removed card comes back with Ctrl+Z, and the caret is left where it stood', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  const body = await openNewStory(app);
  await page.keyboard.type('Before.');
  await page.getByRole('button', { name: 'Pull quote', exact: true }).click();
  const pull = page.getByRole('group', { name: 'Pull quote' });
  await pull.getByLabel('Pull quote text').fill('We will not back down');
  await pull.getByLabel('Pull quote citation').fill('The mayor');
  await body.locator('p').last().click();
  await page.keyboard.type('After.');

  await body.getByText('Before.').click();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(pull.getByRole('button', { name: 'Remove pull quote' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(pull).toHaveCount(0);
  await expect(body).toBeFocused();
  await page.keyboard.type('X');
  await expect(body.locator('p')).toHaveText(['Before.', 'XAfter.']);

  await page.keyboard.press(`${mod}+z`);
  await page.keyboard.press(`${mod}+z`);
  await expect(pull.getByLabel('Pull quote text')).toHaveValue('We will not back down');
  await expect(pull.getByLabel('Pull quote citation')).toHaveValue('The mayor');
  await expect(body.locator('p')).toHaveText(['Before.', 'After.']);
});
