import type { Page } from '@playwright/test';
import { expect, test } from './support/app';
import { core, importTestImage } from './support/core-call';

async function openMedia(page: Page) {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Media', exact: true }).click();
  const library = page.getByRole('region', { name: 'Media library' });
  await expect(library).toBeVisible();
  return { library, details: page.getByRole('complementary', { name: 'Image details' }) };
}

async function libraryAlt(page: Page, filename: string): Promise<string> {
  const { items } = (await core(page, 'listMedia', { query: filename, filter: 'all', todayStart: 0, offset: 0, limit: 10 })) as { items: { filename: string; alt: string }[] };
  return items.find((i) => i.filename === filename)!.alt;
}

test('media details save as they are typed: another image selected and back, or the window closed, keeps them', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  await page.getByRole('button', { name: 'New story' }).waitFor();
  await importTestImage(page, 'harbour.png', 1);
  await importTestImage(page, 'market.png', 2, '#2980b9');
  const { library, details } = await openMedia(page);

  await library.getByRole('button', { name: 'harbour.png' }).click();
  await details.getByRole('textbox', { name: 'Alt text' }).fill('Fishing boats moored in the harbour');
  await details.getByRole('textbox', { name: 'Caption' }).fill('The harbour before the storm.');
  await details.getByRole('textbox', { name: 'Credit' }).fill('Jo Photographer');
  await details.getByRole('button', { name: /^Focal point/ }).press('ArrowRight');
  // Straight to another image, inside the autosave's pause: leaving the image saves what was typed.
  await library.getByRole('button', { name: 'market.png' }).click();
  await expect(details.getByRole('textbox', { name: 'Alt text' })).toHaveValue('');
  await library.getByRole('button', { name: 'harbour.png' }).click();
  await expect(details.getByRole('textbox', { name: 'Alt text' })).toHaveValue('Fishing boats moored in the harbour');
  await expect(details.getByRole('textbox', { name: 'Caption' })).toHaveValue('The harbour before the storm.');
  await expect(details.getByRole('textbox', { name: 'Credit' })).toHaveValue('Jo Photographer');
  await expect(details.getByRole('button', { name: /^Focal point/ })).toHaveAttribute('aria-label', /^Focal point: 52% across, 50% down/);

  // Typing shows the save state as it goes: Edited, then Saved, with no button to press.
  await details.getByRole('textbox', { name: 'Credit' }).press('End');
  await details.getByRole('textbox', { name: 'Credit' }).pressSequentially(' for the Gazette');
  await expect(details.getByRole('status')).toHaveText(/^(Edited|Saving…)$/);
  await expect(details.getByRole('status')).toHaveText(/^Saved \d/);
  await expect(details.getByRole('button', { name: 'Save details' })).toHaveCount(0);
  expect(await libraryAlt(page, 'harbour.png')).toBe('Fishing boats moored in the harbour');

  // Closing the window straight after typing: the close waits until the details are saved.
  await details.getByRole('textbox', { name: 'Caption' }).fill('The harbour before the storm, from the sea wall.');
  await app.closeWindow();
  await app.close();
  const reopened = await launch();
  const again = await openMedia(reopened.page);
  await again.library.getByRole('button', { name: 'harbour.png' }).click();
  await expect(again.details.getByRole('textbox', { name: 'Alt text' })).toHaveValue('Fishing boats moored in the harbour');
  await expect(again.details.getByRole('textbox', { name: 'Credit' })).toHaveValue('Jo Photographer for the Gazette');
  await expect(again.details.getByRole('textbox', { name: 'Caption' })).toHaveValue('The harbour before the storm, from the sea wall.');
});

test('alt text typed in a story’s image card fills the library’s empty alt; a library description that differs is offered, to use or to replace', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  await page.getByRole('button', { name: 'New story' }).waitFor();
  await importTestImage(page, 'council-hall.png');

  await page.getByRole('button', { name: 'New story' }).click();
  await page.getByRole('textbox', { name: 'Headline' }).fill('Council votes on the hall');
  await page.getByRole('textbox', { name: 'Body' }).click();
  await page.keyboard.type('/image');
  await page.keyboard.press('Enter');
  await page.getByRole('dialog', { name: 'Insert image' }).getByRole('button', { name: /^Insert council-hall/ }).click();
  const card = page.getByRole('group', { name: 'Image', exact: true });
  const cardAlt = card.getByRole('textbox', { name: 'Alt text' });

  // The library had no alt text: the card's becomes the library's, and the card says so.
  await cardAlt.fill('A red brick hall');
  await expect(card.getByText('Saved as the media library’s alt text too.')).toBeVisible();
  expect(await libraryAlt(page, 'council-hall.png')).toBe('A red brick hall');
  const { library, details } = await openMedia(page);
  await library.getByRole('button', { name: 'council-hall.png' }).click();
  await expect(details.getByRole('textbox', { name: 'Alt text' })).toHaveValue('A red brick hall');

  // The photo desk describes it differently in the library: the card is not overwritten, it shows the difference.
  await details.getByRole('textbox', { name: 'Alt text' }).fill('The red brick council hall seen from the market square');
  await expect(details.getByRole('status')).toHaveText(/^Saved \d/);
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Stories', exact: true }).click();
  const note = card.getByRole('note');
  await expect(note).toContainText('The media library describes this image as “The red brick council hall seen from the market square”');
  await expect(cardAlt).toHaveValue('A red brick hall');
  await note.getByRole('button', { name: 'Use the library’s' }).click();
  await expect(cardAlt).toHaveValue('The red brick council hall seen from the market square');
  await expect(note).toHaveCount(0);

  // A description for this story only stays in the story until the writer sends it to the library.
  await cardAlt.fill('The council hall, minutes before the vote');
  await expect(note).toBeVisible();
  await page.waitForTimeout(1500);
  expect(await libraryAlt(page, 'council-hall.png')).toBe('The red brick council hall seen from the market square');
  await note.getByRole('button', { name: 'Save mine to the library' }).click();
  await expect(note).toHaveCount(0);
  await expect.poll(() => libraryAlt(page, 'council-hall.png')).toBe('The council hall, minutes before the vote');
  await expect(page.getByRole('status')).toHaveText(/^Saved /);
  const [row] = (await core(page, 'listStories', {})) as { id: string }[];
  const story = (await core(page, 'getStory', { id: row!.id })) as { body: { root: { children: { type: string; altText?: string }[] } } };
  expect(story.body.root.children.find((n) => n.type === 'image')?.altText).toBe('The council hall, minutes before the vote');
});
