import { expect, test, type AppSession } from './support/app';

const mod = process.platform === 'darwin' ? 'Meta' : 'Control';

async function storyWith(app: AppSession, paragraphs: string[]) {
  const { page } = app;
  await page.getByRole('button', { name: 'New story' }).click();
  const body = page.getByRole('textbox', { name: 'Body' });
  await body.click();
  for (const [i, p] of paragraphs.entries()) {
    if (i > 0) await page.keyboard.press('Enter');
    await page.keyboard.type(p);
  }
  return body;
}

test('find and replace honours match case and whole word, replaces one and all', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  const body = await storyWith(app, ['The cat sat. The Cat ran.', 'A category of cats: cat.']);
  await page.keyboard.press(`${mod}+f`);
  const panel = page.getByRole('search', { name: 'Find and replace' });
  const find = panel.getByRole('searchbox', { name: 'Find' });
  await expect(find).toBeFocused();
  await find.fill('cat');
  await expect(panel.getByLabel('Matches')).toHaveText('1 of 5');
  await panel.getByRole('checkbox', { name: 'Match case' }).check();
  await expect(panel.getByLabel('Matches')).toHaveText('1 of 4');
  await panel.getByRole('checkbox', { name: 'Whole word' }).check();
  await expect(panel.getByLabel('Matches')).toHaveText('1 of 2');
  await find.press('Enter');
  await expect(panel.getByLabel('Matches')).toHaveText('2 of 2');

  await panel.getByRole('textbox', { name: 'Replace with' }).fill('dog');
  await panel.getByRole('button', { name: 'Replace', exact: true }).click();
  await expect(body).toContainText('A category of cats: dog.');
  await expect(body).toContainText('The cat sat.');
  await expect(panel.getByLabel('Matches')).toHaveText('1 of 1');

  await panel.getByRole('checkbox', { name: 'Match case' }).uncheck();
  await panel.getByRole('button', { name: 'Replace all' }).click();
  await expect(body.locator('p').first()).toHaveText('The dog sat. The dog ran.');
  await expect(body.locator('p').nth(1)).toHaveText('A category of cats: dog.');
  await expect(panel.getByLabel('Matches')).toHaveText('No matches');

  // Replace all is one undo step.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(body.locator('p').first()).toHaveText('The cat sat. The Cat ran.');
});

test('find matches across formatting boundaries and replacement keeps the text intact', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  const body = await storyWith(app, ['']);
  await page.keyboard.type('half');
  await page.keyboard.press(`${mod}+b`);
  await page.keyboard.type('bold');
  await page.keyboard.press(`${mod}+b`);
  await page.keyboard.type(' end');
  await page.keyboard.press(`${mod}+h`);
  const panel = page.getByRole('search', { name: 'Find and replace' });
  await expect(panel.getByRole('textbox', { name: 'Replace with' })).toBeFocused();
  await panel.getByRole('searchbox', { name: 'Find' }).fill('fbo');
  await expect(panel.getByLabel('Matches')).toHaveText('1 of 1');
  await panel.getByRole('textbox', { name: 'Replace with' }).fill('F-BO');
  await panel.getByRole('button', { name: 'Replace all' }).click();
  await expect(body).toHaveText('halF-BOld end');
  await panel.getByRole('button', { name: 'Close find and replace' }).click();
  await expect(panel).toHaveCount(0);
});

test('word, character and reading-time counts update live; TKs are counted and flagged', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  await storyWith(app, ['Three small words', 'Then TK more TKTK but not TKO or stk']);
  await expect(page.getByLabel('Word count')).toHaveText('12 words');
  await expect(page.getByLabel('Character count')).toHaveText(`${'Three small words'.length + 'Then TK more TKTK but not TKO or stk'.length} characters`);
  await expect(page.getByLabel('Reading time')).toHaveText('1 min read');
  const tk = page.getByLabel('TK count');
  await expect(tk).toHaveText('2 TKs');
  await expect(tk).toHaveClass(/tk-flagged/);
  // The TKs are highlighted without touching the body's DOM.
  const highlighted = await page.evaluate(() => {
    const h = CSS.highlights.get('pw-tk');
    return h ? [...h].map((r) => (r as Range).toString()) : [];
  });
  expect(highlighted).toEqual(['TK', 'TKTK']);
  await expect(page.getByRole('textbox', { name: 'Body' }).locator('mark')).toHaveCount(0);

  await page.keyboard.press(`${mod}+a`);
  await page.keyboard.press('Backspace');
  await expect(page.getByLabel('Word count')).toHaveText('0 words');
  await expect(tk).toHaveText('0 TKs');
  await expect(tk).not.toHaveClass(/tk-flagged/);
});

test('the body has spellcheck on and only the save status is a status region', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  const body = await storyWith(app, ['Teh word']);
  await expect(body).toHaveAttribute('spellcheck', 'true');
  await expect(page.getByRole('status')).toHaveCount(1);
});
