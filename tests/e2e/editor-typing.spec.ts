import { expect, test } from './support/app';

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
