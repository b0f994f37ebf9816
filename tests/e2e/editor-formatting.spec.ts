import { expect, test, type AppSession } from './support/app';
import { toolbarButton } from './support/toolbar';

async function openNewStory(app: AppSession) {
  const { page } = app;
  await page.getByRole('button', { name: 'New story' }).click();
  const body = page.getByRole('textbox', { name: 'Body' });
  await body.click();
  return body;
}

const mod = process.platform === 'darwin' ? 'Meta' : 'Control';

test('toolbar buttons format text and report their state with aria-pressed', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  const body = await openNewStory(app);
  const toolbar = page.getByRole('toolbar', { name: 'Formatting' });
  for (const name of ['Bold', 'Italic', 'Underline', 'Strikethrough', 'Superscript', 'Subscript', 'Inline code']) {
    await expect(await toolbarButton(page, name)).toHaveAttribute('aria-pressed', 'false');
  }
  await toolbar.getByRole('button', { name: 'Bold', exact: true }).click();
  await page.keyboard.type('strong ');
  await expect(toolbar.getByRole('button', { name: 'Bold', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await toolbar.getByRole('button', { name: 'Bold', exact: true }).click();
  await (await toolbarButton(page, 'Superscript')).click();
  await page.keyboard.type('th');
  await (await toolbarButton(page, 'Superscript')).click();
  await expect(body.locator('strong.pw-bold')).toHaveText('strong ');
  await expect(body.locator('sup')).toHaveText('th');
  // Every control in the toolbar has an accessible name.
  const unnamed = await toolbar.getByRole('button').evaluateAll((els) => els.filter((e) => !e.getAttribute('aria-label')?.trim()).length);
  expect(unnamed).toBe(0);
});

test('keyboard shortcuts: bold, italic, strikethrough, subscript, inline code and subheads', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  const body = await openNewStory(app);
  await page.keyboard.press(`${mod}+b`);
  await page.keyboard.type('b');
  await page.keyboard.press(`${mod}+b`);
  await page.keyboard.press(`${mod}+i`);
  await page.keyboard.type('i');
  await page.keyboard.press(`${mod}+i`);
  await page.keyboard.press(`${mod}+Shift+x`);
  await page.keyboard.type('s');
  await page.keyboard.press(`${mod}+Shift+x`);
  await page.keyboard.press(`${mod}+Comma`);
  await page.keyboard.type('2');
  await page.keyboard.press(`${mod}+Comma`);
  await page.keyboard.press(`${mod}+e`);
  await page.keyboard.type('code');
  await page.keyboard.press(`${mod}+e`);
  await expect(body.locator('.pw-bold')).toHaveText('b');
  await expect(body.locator('.pw-italic')).toHaveText('i');
  await expect(body.locator('.pw-strike')).toHaveText('s');
  await expect(body.locator('sub')).toHaveText('2');
  await expect(body.locator('code')).toHaveText('code');
  await page.keyboard.press(`${mod}+Alt+3`);
  await expect(body.locator('h3')).toHaveText('bis2code');
  await expect(page.getByRole('button', { name: 'Subhead (H3)' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press(`${mod}+Alt+0`);
  await expect(body.locator('h3')).toHaveCount(0);
});

test('markdown shortcuts make subheads, quotes, lists, bold and italic', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  const body = await openNewStory(app);
  await page.keyboard.type('## Subhead');
  await page.keyboard.press('Enter');
  await page.keyboard.type('> Quoted');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('- one');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.type('nested');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.type('two');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('1. first');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('some **loud** and _soft_ words');
  await expect(body.locator('h2')).toHaveText('Subhead');
  await expect(body.locator('blockquote')).toHaveText('Quoted');
  await expect(body.locator('ul > li').first()).toHaveText('one');
  await expect(body.locator('ul ul li')).toHaveText('nested');
  await expect(body.locator('ol > li')).toHaveText('first');
  await expect(body.locator('.pw-bold')).toHaveText('loud');
  await expect(body.locator('.pw-italic')).toHaveText('soft');
  // `# ` is a headline, not a body subhead: it stays text.
  await page.keyboard.press('Enter');
  await page.keyboard.type('# not a heading');
  await expect(body.locator('h1')).toHaveCount(0);
});

test('the / menu filters and inserts subheads, pull quotes, tables, separators and footnotes', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  const body = await openNewStory(app);
  await page.keyboard.type('/');
  const menu = page.getByRole('listbox', { name: 'Insert' });
  await expect(menu).toBeVisible();
  for (const name of ['Subhead H2', 'Bulleted list', 'Quote', 'Pull quote', 'Image', 'Embed', 'Table', 'Separator', 'Footnote']) {
    await expect(menu.getByRole('option', { name, exact: true })).toBeVisible();
  }
  await page.keyboard.type('sub');
  await expect(menu.getByRole('option')).toHaveCount(3);
  await expect(menu.getByRole('option', { name: 'Subhead H2' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Section');
  await expect(body.locator('h2')).toHaveText('Section');
  await expect(body).not.toContainText('/sub');

  await page.keyboard.press('Enter');
  await page.keyboard.type('/pull');
  await expect(page.getByRole('option', { name: 'Pull quote', exact: true })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  const pull = page.getByRole('group', { name: 'Pull quote' });
  await expect(pull).toBeVisible();
  await pull.getByLabel('Pull quote text').fill('We will not back down');
  await pull.getByLabel('Pull quote citation').fill('The mayor');
  await expect(pull.getByLabel('Pull quote text')).toHaveValue('We will not back down');

  await body.locator('h2').click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('/table');
  await expect(page.getByRole('option', { name: 'Table', exact: true })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  // The size picker opens on 3 × 3 (editor-tables covers the picker itself).
  await expect(page.getByRole('group', { name: 'Table size' }).getByRole('button', { name: '3 rows, 3 columns' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(body.locator('table th')).toHaveCount(3);
  await expect(body.locator('table tr')).toHaveCount(3);

  await body.locator('h2').click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('/separator');
  await expect(page.getByRole('option', { name: 'Separator', exact: true })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(body.getByRole('separator')).toHaveCount(1);

  await body.locator('h2').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' note');
  await page.keyboard.type(' /foot');
  await expect(page.getByRole('option', { name: 'Footnote', exact: true })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Footnote 1 text')).toBeFocused();
  await page.keyboard.type('Source: city records.');
  await expect(body.getByRole('button', { name: 'Footnote 1' })).toBeVisible();
});

/** The body's blocks as "tag:text", cards by their class. */
async function blocksOf(body: import('@playwright/test').Locator): Promise<string[]> {
  return body.evaluate((el) =>
    [...el.children].map((c) => (c.classList.contains('pw-decorator') ? `card:${[...c.classList].filter((k) => k !== 'pw-decorator').join('.')}` : `${c.tagName.toLowerCase()}:${c.textContent ?? ''}`)),
  );
}

test('the / menu turns the empty line itself into the subhead or card, with the caret in it (#14.4)', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  const body = await openNewStory(app);
  await page.keyboard.type('Opening paragraph.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('/sub');
  // As a writer does, Enter once the menu shows the choice.
  await expect(page.getByRole('option', { name: 'Subhead H2' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Section');
  await expect.poll(() => blocksOf(body)).toEqual(['p:Opening paragraph.', 'h2:Section']);

  await page.keyboard.press('Enter');
  await page.keyboard.type('/pull');
  await expect(page.getByRole('option', { name: 'Pull quote', exact: true })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  const pull = page.getByRole('group', { name: 'Pull quote' });
  await expect(pull.getByLabel('Pull quote text')).toBeFocused();
  await page.keyboard.type('We will not back down');
  await expect(pull.getByLabel('Pull quote text')).toHaveValue('We will not back down');
  // No empty line left above the card: it stands where the / was typed, a line to go on below it.
  expect(await blocksOf(body)).toEqual(['p:Opening paragraph.', 'h2:Section', 'card:pw-pull-quote', 'p:']);

  // A card without a field: the caret goes on below it.
  await body.locator('p').last().click();
  await page.keyboard.type('/separator');
  await expect(page.getByRole('option', { name: 'Separator', exact: true })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await page.keyboard.type('After the rule.');
  const blocks = await blocksOf(body);
  expect(blocks.slice(0, 2)).toEqual(['p:Opening paragraph.', 'h2:Section']);
  expect(blocks.slice(2, 4).every((b) => b.startsWith('card:'))).toBe(true);
  expect(blocks.slice(4)).toEqual(['p:After the rule.']);
});

test('a footnote’s text is typed key by key into the note, and the caret stays there', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  const body = await openNewStory(app);
  await page.keyboard.type('The river rose.');
  await (await toolbarButton(page, 'Footnote')).click();
  const note = page.getByLabel('Footnote 1 text');
  await expect(note).toBeFocused();
  await page.keyboard.type('Environment Agency data');
  await expect(note).toHaveValue('Environment Agency data');
  await expect(note).toBeFocused();
  await expect(body).toHaveText(/^The river rose\.1?$/);
});

test('footnotes renumber when one is added before another', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  const body = await openNewStory(app);
  await page.keyboard.type('First claim.');
  await (await toolbarButton(page, 'Footnote')).click();
  await page.getByLabel('Footnote 1 text').fill('second source');
  await body.click();
  await page.keyboard.press(`${mod}+Home`);
  await page.keyboard.press('End');
  await page.keyboard.press('Home');
  await page.keyboard.type('Zero ');
  await (await toolbarButton(page, 'Footnote')).click();
  await page.getByLabel('Footnote 1 text').fill('first source');
  await expect(page.getByLabel('Footnote 2 text')).toHaveValue('second source');
  await expect(body.getByRole('button', { name: /^Footnote \d$/ })).toHaveText(['1', '2']);
});

test('an embed is a placeholder card with its provider and never loads remote content', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  await openNewStory(app);
  const requests: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('http://127.0.0.1')) requests.push(r.url());
  });
  await (await toolbarButton(page, 'Embed')).click();
  const dialog = page.getByRole('dialog', { name: 'Insert embed' });
  await dialog.getByLabel('Embed address').fill('javascript:alert(1)');
  await dialog.getByRole('button', { name: 'Insert' }).click();
  await expect(dialog.getByRole('alert')).toContainText('not allowed');
  await dialog.getByLabel('Embed address').fill('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
  await dialog.getByRole('button', { name: 'Insert' }).click();
  const card = page.getByRole('group', { name: 'YouTube embed' });
  await expect(card).toContainText('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
  await expect(page.locator('.body-input iframe, .body-input script')).toHaveCount(0);
  expect(requests).toEqual([]);
});

test('undo and redo walk the history', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  const body = await openNewStory(app);
  await page.keyboard.type('Kept.');
  await page.waitForTimeout(1100);
  await page.keyboard.type(' Dropped.');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(body).toHaveText('Kept.');
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(body).toHaveText('Kept. Dropped.');
});
