import { expect, test } from './support/app';
import { toolbarButton } from './support/toolbar';

const TEXT = 'A long unbroken burst of typing, longer than every save delay in the app, then a crash. '.repeat(2).trim();

test('a long burst of typing is saved whole: "Saved" never appears mid-burst', async ({ launch }) => {
  const first = await launch();
  const { page } = first;
  await page.getByRole('button', { name: 'New story' }).click();
  await page.getByRole('textbox', { name: 'Headline' }).fill('Burst');
  await expect(page.getByRole('status')).toHaveText(/^Saved /);
  const body = page.getByRole('textbox', { name: 'Body' });
  await body.click();
  const seen: string[] = [];
  await page.exposeFunction('__statusSeen', (s: string) => seen.push(s));
  await page.getByRole('status').evaluate((el) => {
    new MutationObserver(() => (window as unknown as { __statusSeen: (s: string) => void }).__statusSeen(el.textContent ?? '')).observe(el, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  // ~35 ms a key: continuous for several seconds, well past the 400 ms autosave delay.
  await page.keyboard.type(TEXT, { delay: 35 });
  const duringTyping = [...seen];
  expect(duringTyping).toContain('Edited');
  // Not one "Saved" while the writer was still typing: a save then would not hold the latest words.
  expect(duringTyping.filter((s) => s.startsWith('Saved'))).toEqual([]);
  await expect(page.getByRole('status')).toHaveText(/^Saved /);
  await first.crash();

  const second = await launch();
  await second.page.getByRole('button', { name: /Burst/ }).click();
  await expect(second.page.getByRole('textbox', { name: 'Body' })).toHaveText(TEXT);
});

test('typed quotes become the typographic ones, straight in inline code and addresses, and the toolbar turns them off (#14.4)', async ({ launch }) => {
  const { page } = await launch();
  const mod = process.platform === 'darwin' ? 'Meta' : 'Control';
  await page.getByRole('button', { name: 'New story' }).click();
  const body = page.getByRole('textbox', { name: 'Body' });
  await body.click();
  await page.keyboard.type(`"Don't," she said, "call it 'final.'"`);
  await expect(body).toHaveText('“Don’t,” she said, “call it ‘final.’”');

  await page.keyboard.press('Enter');
  await page.keyboard.type('Set ');
  await page.keyboard.press(`${mod}+e`);
  await page.keyboard.type(`lang="de"`);
  await page.keyboard.press(`${mod}+e`);
  await page.keyboard.type(` at https://example.org/?q="x" now`);
  await expect(body.locator('code')).toHaveText('lang="de"');
  await expect(body.locator('p').nth(1)).toHaveText('Set lang="de" at https://example.org/?q="x" now');

  // The toggle may sit under More tools, whose menu closes once a tool is chosen.
  const toggle = () => toolbarButton(page, 'Smart quotes');
  await expect(await toggle()).toHaveAttribute('aria-pressed', 'true');
  await (await toggle()).click();
  await expect(await toggle()).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('Escape');
  // A setting of this computer: the next story keeps it, and its quotes stay straight.
  await page.getByRole('button', { name: 'New story' }).click();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('');
  await expect(await toggle()).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('Escape');
  const next = page.getByRole('textbox', { name: 'Body' });
  await next.click();
  await page.keyboard.type(`"Plain" isn't curly`);
  await expect(next.locator('p').first()).toHaveText(`"Plain" isn't curly`);
});

test('without a connected site the quotes are the system language’s: German „ “ (#14.4)', async ({ launch }) => {
  const { page } = await launch();
  await page.addInitScript(() => Object.defineProperty(navigator, 'language', { get: () => 'de-DE' }));
  await page.reload();
  await page.getByRole('button', { name: 'New story' }).click();
  const body = page.getByRole('textbox', { name: 'Body' });
  await body.click();
  await page.keyboard.type(`Er sagte: "Das ist 'fast' fertig", und ging's an.`);
  await expect(body).toHaveText('Er sagte: „Das ist ‚fast‘ fertig“, und ging’s an.');
});
