import { expect, test, type AppSession } from './support/app';

const mod = process.platform === 'darwin' ? 'Meta' : 'Control';

async function selectedWord(app: AppSession) {
  const { page } = app;
  await page.getByRole('button', { name: 'New story' }).click();
  const body = page.getByRole('textbox', { name: 'Body' });
  await body.click();
  await page.keyboard.type('Read the report');
  await page.keyboard.press('Shift+Control+ArrowLeft');
  // Ctrl+K acts on the editor's selection, which Lexical takes from the next selectionchange.
  await expect.poll(() => page.evaluate(() => document.getSelection()?.toString())).toBe('report');
  return body;
}

test('a link is added with http, https, mailto or tel and edited or removed from its popover', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  const body = await selectedWord(app);
  await page.keyboard.press(`${mod}+k`);
  const popover = page.getByRole('dialog', { name: 'Add link' });
  await popover.getByLabel('Link address').fill('https://example.org/report');
  await popover.getByRole('button', { name: 'Apply link' }).click();
  await expect(body.locator('a')).toHaveAttribute('href', 'https://example.org/report');
  await expect(body.locator('a')).toHaveText('report');

  await body.locator('a').click();
  await expect(page.getByRole('button', { name: 'Link', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Link', exact: true }).click();
  const edit = page.getByRole('dialog', { name: 'Edit link' });
  await expect(edit.getByLabel('Link address')).toHaveValue('https://example.org/report');
  await edit.getByLabel('Link address').fill('mailto:desk@example.org');
  await edit.getByRole('button', { name: 'Apply link' }).click();
  await expect(body.locator('a')).toHaveAttribute('href', 'mailto:desk@example.org');

  await body.locator('a').click();
  await page.keyboard.press(`${mod}+k`);
  await page.getByRole('dialog', { name: 'Edit link' }).getByRole('button', { name: 'Remove link' }).click();
  await expect(body.locator('a')).toHaveCount(0);
  await expect(body).toHaveText('Read the report');
});

for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', 'vbscript:msgbox', 'example.org']) {
  test(`a link to "${bad}" is refused with a visible message and nothing changes`, async ({ launch }) => {
    const app = await launch();
    const { page } = app;
    const body = await selectedWord(app);
    await page.getByRole('button', { name: 'Link', exact: true }).click();
    const popover = page.getByRole('dialog', { name: 'Add link' });
    await popover.getByLabel('Link address').fill(bad);
    await popover.getByRole('button', { name: 'Apply link' }).click();
    await expect(popover.getByRole('alert')).toBeVisible();
    await expect(popover.getByRole('alert')).toContainText(/not allowed|full address/);
    await expect(popover.getByLabel('Link address')).toHaveAttribute('aria-invalid', 'true');
    await expect(body.locator('a')).toHaveCount(0);
    await popover.getByRole('button', { name: 'Cancel' }).click();
    await expect(popover).toHaveCount(0);
    await expect(body).toHaveText('Read the report');
  });
}

test('Ctrl+K acts on the selection the writer sees, even before the editor has heard of it', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  await page.getByRole('button', { name: 'New story' }).click();
  const body = page.getByRole('textbox', { name: 'Body' });
  await body.click();
  await page.keyboard.type('Read the report');
  // Select "report" and press Ctrl+K in one task, before the browser's selectionchange reaches the
  // editor: what a fast writer (or a loaded machine) does.
  await body.evaluate((root) => {
    const text = root.querySelector('p span')!.firstChild!;
    const range = document.createRange();
    range.setStart(text, 9);
    range.setEnd(text, 15);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    root.dispatchEvent(new KeyboardEvent('keydown', { key: 'k', code: 'KeyK', ctrlKey: true, metaKey: navigator.platform.startsWith('Mac'), bubbles: true, cancelable: true }));
  });
  const popover = page.getByRole('dialog', { name: 'Add link' });
  await expect(popover).toBeVisible();
  await popover.getByLabel('Link address').fill('https://example.org/report');
  await popover.getByRole('button', { name: 'Apply link' }).click();
  await expect(body.locator('a')).toHaveText('report');
});
