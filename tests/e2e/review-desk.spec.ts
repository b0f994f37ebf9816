import { expect, test } from './support/app';

test('send to copy, the copy chief lands on the changes since, moves are recorded, and notes are threaded', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  const desk = page.getByRole('region', { name: 'Copy desk' });
  await page.getByRole('button', { name: 'New story' }).click();
  await page.getByRole('textbox', { name: 'Headline' }).fill('Talks resume');
  await page.getByRole('textbox', { name: 'Body' }).click();
  await page.keyboard.type('The two sides met on Monday.');
  await expect(page.getByRole('status')).toHaveText(/^Saved /, { timeout: 5_000 });

  await desk.getByRole('textbox', { name: 'Your name' }).fill('Ana Ruiz');
  await desk.getByRole('combobox', { name: 'Your role' }).selectOption('editor');
  await expect(desk.getByRole('button', { name: 'Mark copy edited' })).toHaveCount(0);
  await desk.getByRole('button', { name: 'Send to copy' }).click();
  await expect(desk).toContainText('Status: In copy');
  await expect(desk.getByRole('list', { name: 'Status moves' })).toContainText('Draft → In copy · Ana Ruiz (Editor)');

  // The copy chief edits, then reopens the story: the history opens on the changes since sent.
  await desk.getByRole('textbox', { name: 'Your name' }).fill('Cy Chief');
  await desk.getByRole('combobox', { name: 'Your role' }).selectOption('copy_chief');
  await page.getByRole('textbox', { name: 'Body' }).click();
  await page.keyboard.press('End');
  for (let i = 0; i < 'Monday.'.length; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type('Tuesday.');
  await expect(page.getByRole('status')).toHaveText(/^Saved /, { timeout: 5_000 });
  // Within the same session, without reopening, the changes since sent already show the edit.
  await desk.getByRole('button', { name: 'Changes since sent to copy' }).click();
  const sinceNow = page.getByRole('region', { name: 'Changes since sent to copy' });
  await expect(sinceNow.getByLabel('Body changes').locator('del')).toHaveText(['Monday']);
  await expect(sinceNow.getByLabel('Body changes').locator('ins')).toHaveText(['Tuesday']);
  await expect(sinceNow).not.toContainText('The body text is the same');
  await sinceNow.getByRole('button', { name: /^Close/ }).click();

  // Editorial note on a range of text, written in the margin beside it.
  await page.getByRole('textbox', { name: 'Body' }).click();
  await page.keyboard.press('End');
  for (let i = 0; i < 'Tuesday.'.length; i++) await page.keyboard.press('Shift+ArrowLeft');
  await page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'Add note' }).click();
  const notes = page.getByRole('region', { name: 'Notes' });
  await notes.getByRole('textbox', { name: 'New note' }).fill('Which Tuesday?');
  await notes.getByRole('button', { name: 'Save note' }).click();
  const openNotes = notes.getByRole('list', { name: 'Open notes' });
  await expect(openNotes.getByRole('listitem')).toHaveCount(1);
  await expect(openNotes).toContainText('Tuesday.');
  await expect(page.getByRole('textbox', { name: 'Body' }).locator('mark')).toHaveText('Tuesday.');
  await openNotes.getByRole('textbox', { name: 'Reply' }).fill('The 5th.');
  await openNotes.getByRole('button', { name: 'Reply' }).click();
  await expect(openNotes).toContainText('The 5th.');
  const mark = page.getByRole('textbox', { name: 'Body' }).locator('mark');
  await expect(mark).not.toHaveClass(/note-resolved/);
  await openNotes.getByRole('button', { name: 'Resolve' }).click();
  await expect(notes).toContainText('0 open notes');
  // Resolved: the anchor stays in the text, its highlight goes.
  await expect(mark).toHaveClass(/note-resolved/);
  await expect(mark).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
  await notes.getByRole('checkbox', { name: 'Show resolved' }).check();
  await openNotes.getByRole('button', { name: 'Reopen' }).click();
  await expect(notes).toContainText('1 open note');
  await expect(mark).not.toHaveClass(/note-resolved/);
  await expect(page.getByRole('status')).toHaveText(/^Saved /, { timeout: 5_000 });

  const list = page.getByRole('list', { name: 'Stories' });
  await page.getByRole('button', { name: 'New story' }).click();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('');
  await list.getByRole('button', { name: /Talks resume/ }).click();
  const since = page.getByRole('region', { name: 'Changes since sent to copy' });
  await expect(since).toBeVisible();
  await expect(since.getByLabel('Body changes').locator('del')).toHaveText(['Monday']);
  await expect(since.getByLabel('Body changes').locator('ins')).toHaveText(['Tuesday']);
  await expect(page.getByRole('region', { name: 'Notes' })).toContainText('1 open note');

  await page.getByRole('region', { name: 'Copy desk' }).getByRole('button', { name: 'Mark copy edited' }).click();
  await expect(page.getByRole('region', { name: 'Copy desk' }).getByRole('list', { name: 'Status moves' }).getByRole('listitem').first()).toContainText(
    'In copy → Copy edited · Cy Chief (Copy chief)',
  );
  await expect(list.getByRole('listitem').filter({ hasText: 'Talks resume' })).toContainText('Copy edited');
});
