import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/app';
import { core, importTestImage } from './support/core-call';
import { image, longBody, paragraph, pullQuote, seedStory } from './support/story-seed';

const HEADLINE = 'Washington-Baghdad dialogue on troops';

/** Seeds a story through the core, reloads so the list shows it, and opens it from the list. */
async function openSeeded(page: Page, story: Parameters<typeof seedStory>[1]): Promise<string> {
  await page.getByRole('button', { name: 'New story' }).waitFor();
  const id = await seedStory(page, story);
  await page.reload();
  await page.getByRole('list', { name: 'Stories' }).getByRole('button', { name: story.headline }).click();
  await expect(page.getByRole('textbox', { name: 'Body' })).toBeVisible();
  return id;
}

/** The toolbar keeps to one row: every tool and group it shows starts at the same height. */
async function toolbarRows(toolbar: Locator): Promise<number> {
  return toolbar.evaluate((bar) => new Set([...bar.children].filter((c) => (c as HTMLElement).offsetParent !== null).map((c) => Math.round(c.getBoundingClientRect().top))).size);
}

test('at 1440×900 the body starts near the top: the story’s fields fold into one line, and the toolbar is one row', async ({ launch }) => {
  const { page } = await launch();
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.getByRole('button', { name: 'New story' }).waitFor();
  const geo = (await core(page, 'createSection', { name: 'Geopolitics' })) as { id: number };
  await openSeeded(page, {
    headline: HEADLINE,
    children: longBody(1),
    fields: { standfirst: 'Both sides expressed a commitment to constructive engagement.', byline: ['Press Xpress'], sectionIds: [geo.id], tags: ['Iraq', 'USA'] },
  });

  const body = page.getByRole('textbox', { name: 'Body' });
  expect((await body.boundingBox())!.y).toBeLessThan(300);
  // Folded, the details say what the story carries in one line; opened, their fields sit above the text.
  await expect(page.getByRole('button', { name: 'Story details' })).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByLabel('Story details summary')).toHaveText(/By Press Xpress.*Geopolitics.*2 tags/);
  await expect(page.getByRole('textbox', { name: 'Standfirst' })).toBeHidden();
  await page.getByRole('button', { name: 'Story details' }).click();
  await expect(page.getByRole('textbox', { name: 'Standfirst' })).toHaveValue('Both sides expressed a commitment to constructive engagement.');
  expect((await body.boundingBox())!.y).toBeGreaterThan(400);
  await page.getByRole('button', { name: 'Story details' }).click();

  const toolbar = page.getByRole('toolbar', { name: 'Formatting' });
  expect(await toolbarRows(toolbar)).toBe(1);
  // At this size every tool fits the row.
  await expect(toolbar.getByRole('button', { name: 'More tools' })).toHaveCount(0);
});

test('at 1024×768 nothing is cut off: no sideways scrolling anywhere, the toolbar on one row, the side panels whole', async ({ launch }) => {
  const { page } = await launch();
  await page.setViewportSize({ width: 1024, height: 768 });
  await openSeeded(page, { headline: HEADLINE, children: [paragraph('Both sides met ', { note: '7f0c2d1e-3b4a-4c5d-8e9f-0a1b2c3d4e5f', text: 'on Monday' }, '.'), ...longBody(1)] });

  // The list folds away beside the open story on a narrow window, and comes back when asked.
  await expect(page.getByRole('navigation', { name: 'Story list' })).toBeHidden();
  // Nothing scrolls sideways, and nothing shown reaches past the window's right edge.
  const overflow = () =>
    page.evaluate(() => [
      ...[document.scrollingElement!, ...document.querySelectorAll('.story-view, .story-aside, .main-overlay-body')]
        .filter((el) => el.scrollWidth > el.clientWidth + 1)
        .map((el) => `${el.className || el.tagName} scrolls sideways: ${el.scrollWidth} > ${el.clientWidth}`),
      ...[...document.querySelectorAll<HTMLElement>('.app-shell *')]
        .filter((el) => el.offsetParent !== null && el.getBoundingClientRect().right > window.innerWidth + 1)
        .map((el) => `${el.tagName}.${el.className} ends at ${Math.round(el.getBoundingClientRect().right)}`),
    ]);
  expect(await overflow()).toEqual([]);

  const toolbar = page.getByRole('toolbar', { name: 'Formatting' });
  expect(await toolbarRows(toolbar)).toBe(1);
  const bar = (await toolbar.boundingBox())!;
  expect(bar.x + bar.width).toBeLessThanOrEqual(1024);
  // What the row cannot hold is under More tools, not cut off.
  await toolbar.getByRole('button', { name: 'More tools' }).click();
  await expect(page.getByRole('group', { name: 'More tools' }).getByRole('button', { name: 'Find and replace' })).toBeVisible();
  await page.keyboard.press('Escape');

  for (const name of ['Copy desk', 'Publishing', 'History']) {
    const panel = (await page.getByRole('region', { name }).boundingBox())!;
    expect(panel.x + panel.width, name).toBeLessThanOrEqual(1024);
  }

  await page.getByRole('button', { name: 'Story list', exact: true }).click();
  await expect(page.getByRole('navigation', { name: 'Story list' })).toBeVisible();
  expect(await overflow()).toEqual([]);
  await page.getByRole('list', { name: 'Stories' }).getByRole('button', { name: HEADLINE }).click();
  await expect(page.getByRole('navigation', { name: 'Story list' })).toBeHidden();
});

test('the side panels stay in view, and the toolbar with the text, while a long story scrolls', async ({ launch }) => {
  const { page } = await launch();
  await page.setViewportSize({ width: 1440, height: 900 });
  await openSeeded(page, { headline: HEADLINE, children: longBody(6) });

  const body = page.getByRole('textbox', { name: 'Body' });
  await body.click();
  await page.mouse.wheel(0, 4000);
  await expect.poll(async () => (await body.boundingBox())!.y).toBeLessThan(-2000);

  for (const name of ['Copy desk', 'Publishing', 'History']) {
    const heading = (await page.getByRole('region', { name }).getByRole('heading').first().boundingBox())!;
    expect(heading.y, name).toBeGreaterThanOrEqual(0);
    expect(heading.y + heading.height, name).toBeLessThanOrEqual(900);
  }
  const toolbar = (await page.getByRole('toolbar', { name: 'Formatting' }).boundingBox())!;
  expect(toolbar.y).toBeGreaterThanOrEqual(0);
  expect(toolbar.y).toBeLessThan(20);
});

test('counts say “1 word”, “1 tag”, “+1 word”, and every date is written one way, the system’s', async ({ launch }) => {
  const { page } = await launch();
  const id = await openSeeded(page, { headline: 'Short', children: [paragraph('Hello.')], fields: { tags: ['Iraq'] } });
  const noteId = '5a1f8c2e-9b7d-4e3f-a2c1-0d9e8f7a6b5c';
  await core(page, 'addNote', { storyId: id, noteId, quote: 'Hello.', text: 'Too short?' });
  await page.reload();
  await page.getByRole('list', { name: 'Stories' }).getByRole('button', { name: 'Short' }).click();

  const row = page.getByRole('list', { name: 'Stories' }).getByRole('listitem').filter({ hasText: 'Short' });
  await expect(row).toContainText('· 1 word');
  await expect(row).not.toContainText('1 words');
  await expect(page.getByLabel('Word count')).toHaveText('1 word');
  await expect(page.getByLabel('Story details summary')).toContainText('1 tag');
  await expect(page.getByLabel('Story details summary')).not.toContainText('1 tags');
  const revision = page.getByRole('region', { name: 'History' }).getByRole('list', { name: 'Revisions' }).getByRole('listitem').first();
  await expect(revision).toContainText('+1 word');
  await expect(revision).not.toContainText('words');

  // The same moment reads the same in the list, the history and a note: Intl's medium date and short time.
  const written = (at: number) => page.evaluate((t) => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(t), at);
  const story = (await core(page, 'getStory', { id })) as { updatedAt: number };
  await expect(row).toContainText(await written(story.updatedAt));
  const [rev] = (await core(page, 'listRevisions', { storyId: id })) as Array<{ updatedAt: number }>;
  await expect(revision).toContainText(await written(rev!.updatedAt));
  const [note] = (await core(page, 'listNotes', { storyId: id })) as Array<{ messages: Array<{ at: number }> }>;
  await expect(page.getByRole('region', { name: 'Notes' }).getByRole('listitem')).toContainText(await written(note!.messages[0]!.at));
});

test('History → compare opens over the story at its width, beside the panels, and closes back to the text', async ({ launch }) => {
  const { page } = await launch();
  await page.setViewportSize({ width: 1440, height: 900 });
  const id = await openSeeded(page, { headline: HEADLINE, children: [paragraph('The talks began on Monday.')] });
  await core(page, 'saveCheckpoint', { storyId: id, label: 'First draft' });
  const body = page.getByRole('textbox', { name: 'Body' });
  await body.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' They resumed on Tuesday.');
  await expect(page.getByRole('status')).toHaveText(/^Saved /, { timeout: 5_000 });

  const history = page.getByRole('region', { name: 'History' });
  const items = history.getByRole('list', { name: 'Revisions' }).getByRole('listitem');
  await expect(items.first()).toContainText('Autosave');
  await items.nth(0).getByRole('checkbox').check();
  await items.filter({ hasText: 'First draft' }).getByRole('checkbox').check();
  await history.getByRole('button', { name: 'Compare selected' }).click();

  const comparison = page.getByRole('region', { name: /^Revision #\d+ → #\d+$/ });
  await expect(comparison.getByLabel('Body changes').locator('ins')).toHaveText([' They resumed on Tuesday.']);
  const box = (await comparison.boundingBox())!;
  const aside = (await page.getByRole('complementary', { name: 'Story tools' }).boundingBox())!;
  expect(box.width).toBeGreaterThan(600);
  expect(box.x + box.width).toBeLessThanOrEqual(aside.x + 1);
  // The panels beside it stay usable: the desk, and the history to pick other revisions.
  await expect(page.getByRole('region', { name: 'Copy desk' }).getByRole('button', { name: 'Send to copy' })).toBeVisible();
  await page.getByRole('button', { name: 'Close comparison' }).click();
  await expect(comparison).toHaveCount(0);
  await expect(body).toBeVisible();
});

test('pull quotes and images look as the site sets them, their caption and citation typed in place', async ({ launch }) => {
  const { page } = await launch();
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.getByRole('button', { name: 'New story' }).waitFor();
  await importTestImage(page, 'quay.png');
  const [media] = ((await core(page, 'listMedia', { query: '', filter: 'all', todayStart: 0, offset: 0, limit: 10 })) as { items: { id: string }[] }).items;
  await openSeeded(page, {
    headline: HEADLINE,
    children: [paragraph('Boats came in early.'), pullQuote('The talks will set the timeline.', 'Farhad Alaaldin'), image(media!.id, 'The quay at dawn', 'Press Xpress')],
  });

  const card = page.getByRole('group', { name: 'Image' });
  const picture = card.locator('figure img');
  await expect.poll(() => picture.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBeGreaterThan(0);
  // The caption sits under the picture as the site's figcaption does, a line of text rather than a form field.
  const caption = card.locator('figcaption').getByLabel('Caption');
  await expect(caption).toHaveValue('The quay at dawn');
  const [img, cap] = [(await picture.boundingBox())!, (await caption.boundingBox())!];
  expect(cap.y).toBeGreaterThanOrEqual(img.y + img.height);
  expect(cap.y).toBeLessThan(img.y + img.height + 30);
  expect(await caption.evaluate((el) => getComputedStyle(el).borderTopWidth)).toBe('0px');
  await caption.fill('The quay at first light');
  await expect(page.getByRole('status')).toHaveText(/^Saved /, { timeout: 5_000 });

  const quote = page.getByRole('group', { name: 'Pull quote' }).getByLabel('Pull quote text');
  expect(await quote.evaluate((el) => [getComputedStyle(el).textAlign, getComputedStyle(el).fontStyle, getComputedStyle(el).borderTopWidth])).toEqual(['center', 'italic', '0px']);
});
