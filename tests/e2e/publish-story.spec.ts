import { randomBytes } from 'node:crypto';
import { basicAuth, wordpressEnv } from '../support/wordpress/env';
import type { Page } from '@playwright/test';
import { expect, test } from './support/app';
import { connectTestSite } from './support/connect-site';

const wp = wordpressEnv();

// Needs the Publish panel (renderer/publish/PublishPanel.tsx) mounted beside the open story:
// in StoriesWorkspace's `aside`, <PublishPanel storyId={current.id} flush={flush} />.
test('the Publish button runs the checklist, publishes in the background and shows the link', async ({ launch }) => {
  const u = randomBytes(4).toString('hex');
  const { page } = await launch();

  await connectTestSite(page, wp);

  await page.getByRole('button', { name: 'Stories', exact: true }).click();
  await page.getByRole('button', { name: 'New story' }).click();
  await page.getByRole('textbox', { name: 'Headline' }).fill(`Harness publish ${u}`);
  const body = page.getByRole('textbox', { name: 'Body' });
  await body.click();
  await page.keyboard.type('Turnout was TK per cent.');
  await page.getByRole('button', { name: 'Story details' }).click();
  await page.getByRole('textbox', { name: 'Standfirst' }).fill('Published from the harness.');

  const panel = page.getByRole('region', { name: 'Publishing' });
  await expect(panel, 'PublishPanel is not mounted beside the story: add it to the story view’s aside').toBeVisible();
  // The panel lists sites when it mounts; the site was connected before the story was opened.
  await panel.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(panel.getByRole('alert')).toContainText('TK');

  await body.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Turnout was 61 per cent.');
  await panel.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(panel.getByText('Check:')).toBeVisible();
  await panel.getByRole('button', { name: 'Publish anyway' }).click();
  await expect(panel.getByLabel('On the site', { exact: true })).toContainText('Published on Staging', { timeout: 30_000 });
  const link = await panel.locator('.publish-link').first().textContent();
  expect(link).toContain(wp.url);
  // The background job moved the story to Published: the Stories list shows it without a reload.
  await expect(page.getByRole('list', { name: 'Stories' }).getByRole('listitem').filter({ hasText: `Harness publish ${u}` })).toContainText('Published');

  const posts = (await (
    await fetch(`${wp.url}/wp-json/wp/v2/posts?search=${encodeURIComponent(`Harness publish ${u}`)}&status=any&context=edit`, { headers: { Authorization: basicAuth(wp.user, wp.appPassword) } })
  ).json()) as { id: number; title: { raw: string }; excerpt: { raw: string }; content: { raw: string } }[];
  expect(posts).toHaveLength(1);
  expect(posts[0]!.excerpt.raw).toBe('Published from the harness.');
  expect(posts[0]!.content.raw).toContain('Turnout was 61 per cent.');
  await panel.getByText(/Publishing log/).click();
  await expect(panel.getByRole('list', { name: 'Publishing log' })).toContainText('published');

  // Another workstation edits the post on the site; our next publish shows both versions instead of overwriting.
  const post = posts[0]!;
  await new Promise((resolve) => setTimeout(resolve, 1_100));
  const edited = await fetch(`${wp.url}/wp-json/wp/v2/posts/${post.id}`, {
    method: 'POST',
    headers: { Authorization: basicAuth(wp.user, wp.appPassword2), 'Content-Type': 'application/json' },
    body: JSON.stringify({ title: `Their headline ${u}` }),
  });
  expect(edited.ok).toBe(true);
  await panel.getByRole('button', { name: 'Publish', exact: true }).click();
  await panel.getByRole('button', { name: 'Publish anyway' }).click();
  // The two versions side by side over the story, at its width, not in the side panel.
  const conflict = page.getByRole('alert', { name: 'Conflict' });
  await expect(conflict).toContainText('Changed on the site');
  expect((await page.getByRole('region', { name: 'Changed on the site' }).boundingBox())!.width).toBeGreaterThan(600);
  await expect(conflict.getByLabel('Headline: the site’s version')).toContainText(`Their headline ${u}`);
  await expect(conflict.getByLabel('Headline: our version')).toContainText(`Harness publish ${u}`);
  // Closed, to merge by hand in the story, it is offered again from the panel.
  await page.getByRole('button', { name: 'Close the comparison with the site' }).click();
  await expect(conflict).toHaveCount(0);
  await panel.getByRole('button', { name: 'Compare versions' }).click();
  await conflict.getByRole('button', { name: 'Keep ours' }).click();
  await expect(conflict).toHaveCount(0, { timeout: 30_000 });
  await expect
    .poll(async () => {
      const res = await fetch(`${wp.url}/wp-json/wp/v2/posts/${post.id}?context=edit`, { headers: { Authorization: basicAuth(wp.user, wp.appPassword) } });
      return ((await res.json()) as { title: { raw: string } }).title.raw;
    })
    .toBe(`Harness publish ${u}`);

  // Unpublish takes it back to a draft on the site.
  await panel.getByRole('button', { name: 'Unpublish' }).click();
  await panel.getByRole('alertdialog', { name: 'Unpublish?' }).getByRole('button', { name: 'Yes, unpublish' }).click();
  await expect(panel.getByLabel('On the site', { exact: true })).toContainText('Draft on Staging', { timeout: 30_000 });

  // Changed on the site again: this time the site's version is kept, and the open editor shows it.
  await new Promise((resolve) => setTimeout(resolve, 1_100));
  const again = await fetch(`${wp.url}/wp-json/wp/v2/posts/${post.id}`, {
    method: 'POST',
    headers: { Authorization: basicAuth(wp.user, wp.appPassword2), 'Content-Type': 'application/json' },
    body: JSON.stringify({ title: `Desk headline ${u}`, content: '<!-- wp:paragraph -->\n<p>Turnout was 62 per cent, the desk says.</p>\n<!-- /wp:paragraph -->' }),
  });
  expect(again.ok).toBe(true);
  await body.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Our late line.');
  await panel.getByRole('button', { name: 'Publish', exact: true }).click();
  await panel.getByRole('button', { name: 'Publish anyway' }).click();
  await expect(conflict).toContainText('Changed on the site');
  await conflict.getByRole('button', { name: 'Keep theirs' }).click();
  await expect(conflict).toHaveCount(0, { timeout: 30_000 });
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(`Desk headline ${u}`);
  await expect(body).toHaveText('Turnout was 62 per cent, the desk says.');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

type WpPostDates = { id: number; slug: string; status: string; date_gmt: string; title: { raw: string } };

/** The test site's posts with this exact headline, as the site has them. */
async function postsTitled(title: string): Promise<WpPostDates[]> {
  const res = await fetch(`${wp.url}/wp-json/wp/v2/posts?search=${encodeURIComponent(title)}&status=any&context=edit&_fields=id,slug,status,date_gmt,title`, {
    headers: { Authorization: basicAuth(wp.user, wp.appPassword) },
  });
  return ((await res.json()) as WpPostDates[]).filter((p) => p.title.raw === title);
}

/** A new story with a headline, a standfirst and a line of text; it still lacks a section and a featured image (two checklist warnings). */
async function newStory(page: Page, headline: string): Promise<void> {
  await page.getByRole('button', { name: 'Stories', exact: true }).click();
  await page.getByRole('button', { name: 'New story' }).click();
  await page.getByRole('textbox', { name: 'Headline' }).fill(headline);
  await page.getByRole('button', { name: 'Story details' }).click();
  await page.getByRole('textbox', { name: 'Standfirst' }).fill('Counting continues.');
  await page.getByRole('textbox', { name: 'Body' }).click();
  await page.keyboard.type('Polls open at eight.');
  await expect(page.getByRole('status').filter({ hasText: /^Saved / })).toBeVisible({ timeout: 5_000 });
}

/** Sets the story's own Scheduled time to tomorrow at 09:30 (local); answers that moment. */
async function scheduleTomorrow(page: Page): Promise<number> {
  const { input, at } = await page.evaluate(() => {
    const d = new Date(Date.now() + 86_400_000);
    d.setHours(9, 30, 0, 0);
    const pad = (n: number) => String(n).padStart(2, '0');
    return { input: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T09:30`, at: d.getTime() };
  });
  await page.getByLabel('Scheduled time').fill(input);
  return at;
}

/** Publishes from the Publishing panel as `as`, past the checklist's warnings, and waits for the site's answer. */
async function publishAs(page: Page, as: 'Publish now' | 'Schedule', expected: RegExp): Promise<void> {
  const panel = page.getByRole('region', { name: 'Publishing' });
  await panel.getByRole('combobox', { name: 'As' }).selectOption({ label: as });
  await panel.getByRole('button', { name: 'Publish', exact: true }).click();
  await panel.getByRole('button', { name: 'Publish anyway' }).click();
  await expect(panel.getByLabel('On the site', { exact: true })).toContainText(expected, { timeout: 30_000 });
}

const storyRow = (page: Page, headline: string) => page.getByRole('list', { name: 'Stories' }).getByRole('listitem').filter({ hasText: headline });

test('Publish now on a scheduled story publishes it now on the site, also after Unpublish (#14.9)', async ({ launch }) => {
  test.setTimeout(120_000);
  const headline = `Scheduled then now ${randomBytes(4).toString('hex')}`;
  const { page } = await launch();
  await connectTestSite(page, wp);
  await newStory(page, headline);
  const panel = page.getByRole('region', { name: 'Publishing' });
  const desk = page.getByRole('region', { name: 'Copy desk' });

  await scheduleTomorrow(page);
  await publishAs(page, 'Schedule', /Scheduled on Staging/);
  expect((await postsTitled(headline)).map((p) => p.status)).toEqual(['future']);

  await publishAs(page, 'Publish now', /Published on Staging/);
  const [now] = await postsTitled(headline);
  expect(now!.status).toBe('publish');
  // Dated now, not tomorrow: the site reset the scheduled date.
  expect(Date.parse(`${now!.date_gmt}Z`)).toBeLessThan(Date.now() + 60_000);
  await expect(storyRow(page, headline)).toContainText('Published');
  await expect(desk).toContainText('Status: Published');

  // Scheduled again, then taken down: the site keeps tomorrow's date on the draft; Publish now still publishes now.
  await publishAs(page, 'Schedule', /Scheduled on Staging/);
  await panel.getByRole('button', { name: 'Unpublish' }).click();
  await page.getByRole('alertdialog', { name: 'Unpublish?' }).getByRole('button', { name: 'Yes, unpublish' }).click();
  await expect(panel.getByLabel('On the site', { exact: true })).toContainText('Draft on Staging', { timeout: 30_000 });
  expect((await postsTitled(headline)).map((p) => p.status)).toEqual(['draft']);
  await publishAs(page, 'Publish now', /Published on Staging/);
  expect((await postsTitled(headline)).map((p) => p.status)).toEqual(['publish']);
  await expect(storyRow(page, headline)).toContainText('Published');
});

test('the Copy desk offers the one Publish: its checklist runs, and the story is Published only when the site says so (#14.10)', async ({ launch }) => {
  test.setTimeout(120_000);
  const headline = `Desk publish ${randomBytes(4).toString('hex')}`;
  const { page } = await launch();
  await connectTestSite(page, wp);
  await newStory(page, headline);
  const desk = page.getByRole('region', { name: 'Copy desk' });
  const panel = page.getByRole('region', { name: 'Publishing' });

  await desk.getByRole('textbox', { name: 'Your name' }).fill('Pat Lee');
  await desk.getByRole('combobox', { name: 'Your role' }).selectOption('publisher');
  await desk.getByRole('button', { name: 'Send to copy' }).click();
  await desk.getByRole('button', { name: 'Mark copy edited' }).click();
  await desk.getByRole('button', { name: 'Mark ready' }).click();
  await expect(desk).toContainText('Status: Ready');

  await desk.getByRole('button', { name: 'Publish', exact: true }).click();
  // The same checklist as the Publishing panel's Publish; nothing was sent and nothing is Published yet.
  await expect(panel.getByText('Check:')).toBeVisible();
  await expect(desk).toContainText('Status: Ready');
  await expect(storyRow(page, headline)).toContainText('Ready');
  expect(await postsTitled(headline)).toEqual([]);

  await panel.getByRole('button', { name: 'Publish anyway' }).click();
  // The site's answer, not the button, moves the story: the desk and the list follow the job's end.
  await expect(desk).toContainText('Status: Published', { timeout: 30_000 });
  await expect(storyRow(page, headline)).toContainText('Published');
  expect((await postsTitled(headline)).map((p) => p.status)).toEqual(['publish']);
});

test('one status vocabulary: Unpublished changes, the live slug, Unpublish asks first, the story’s own Scheduled time (#14.11)', async ({ launch }) => {
  test.setTimeout(150_000);
  const u = randomBytes(4).toString('hex');
  const headline = `Vocabulary ${u}`;
  const { page } = await launch();
  await connectTestSite(page, wp);
  await newStory(page, headline);
  const desk = page.getByRole('region', { name: 'Copy desk' });
  const panel = page.getByRole('region', { name: 'Publishing' });
  const onSite = panel.getByLabel('On the site', { exact: true });
  const slug = page.getByRole('textbox', { name: 'Slug' });
  const row = storyRow(page, headline);

  // The Publishing panel schedules at the story's own Scheduled time, and says which.
  const at = await scheduleTomorrow(page);
  await panel.getByRole('combobox', { name: 'As' }).selectOption({ label: 'Schedule' });
  const shown = await page.evaluate((t) => new Date(t).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' }), at);
  await expect(panel).toContainText(`Goes live at ${shown}`);
  await publishAs(page, 'Schedule', /Scheduled on Staging/);
  expect((await postsTitled(headline))[0]!.date_gmt).toBe(new Date(at).toISOString().slice(0, 19));
  // One word for the state in every view; never WordPress's own.
  await expect(row).toContainText('Scheduled');
  await expect(desk).toContainText('Status: Scheduled');
  await expect(panel).not.toContainText('as future');

  await publishAs(page, 'Publish now', /Published on Staging/);
  await expect(row).toContainText('Published');
  await expect(desk).toContainText('Status: Published');
  await expect(page.getByText('Unpublished changes')).toHaveCount(0);

  // Edited since its last publish: marked in the list, on the desk and in the panel, until published again.
  await page.getByRole('textbox', { name: 'Body' }).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Queues formed early.');
  await expect(row).toContainText('Unpublished changes');
  await expect(desk).toContainText('Unpublished changes');
  await expect(onSite).toContainText('Unpublished changes');

  // The slug field shows the live slug: it no longer follows the headline, and changing it asks first.
  const live = (await postsTitled(headline))[0]!.slug;
  await expect(slug).toHaveValue(live);
  await page.getByRole('textbox', { name: 'Headline' }).fill(`${headline} updated`);
  await expect(slug).toHaveValue(live);
  await expect(slug).not.toBeEditable();
  await page.getByRole('button', { name: 'Change slug…' }).click();
  const ask = page.getByRole('alertdialog', { name: 'Change the live address?' });
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(slug).not.toBeEditable();
  await page.getByRole('button', { name: 'Change slug…' }).click();
  await ask.getByRole('button', { name: 'Yes, change the slug' }).click();
  await slug.fill(`vocabulary-moved-${u}`);
  await panel.getByRole('combobox', { name: 'As' }).selectOption({ label: 'Publish now' });
  await panel.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(panel.getByLabel('Pre-publish checklist')).toContainText(`from “${live}” to “vocabulary-moved-${u}”`);
  await panel.getByRole('button', { name: 'Publish anyway' }).click();
  await expect(onSite).toContainText('Published on Staging', { timeout: 30_000 });
  await expect(onSite).not.toContainText('Unpublished changes');
  await expect(row).not.toContainText('Unpublished changes');
  await expect.poll(async () => (await postsTitled(`${headline} updated`))[0]?.slug).toBe(`vocabulary-moved-${u}`);

  // Unpublish asks first; Cancel leaves the story live.
  await panel.getByRole('button', { name: 'Unpublish' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Unpublish?' });
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toHaveCount(0);
  expect((await postsTitled(`${headline} updated`)).map((p) => p.status)).toEqual(['publish']);
  await panel.getByRole('button', { name: 'Unpublish' }).click();
  await confirm.getByRole('button', { name: 'Yes, unpublish' }).click();
  await expect(onSite).toContainText('Draft on Staging', { timeout: 30_000 });
  await expect(row).toContainText('Ready');
  await expect(desk).toContainText('Status: Ready');
});

test('the checklist warns about notes still open on the text before publishing (#14.8)', async ({ launch }) => {
  const { page } = await launch();
  await connectTestSite(page, wp);
  await newStory(page, `Notes open ${randomBytes(4).toString('hex')}`);
  await page.getByRole('textbox', { name: 'Body' }).click();
  await page.keyboard.press('End');
  for (let i = 0; i < 'eight.'.length; i++) await page.keyboard.press('Shift+ArrowLeft');
  await page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'Add note' }).click();
  await page.getByRole('textbox', { name: 'New note' }).fill('Eight in the morning?');
  await page.getByRole('button', { name: 'Save note' }).click();
  const notes = page.getByRole('region', { name: 'Notes' });
  await expect(notes).toContainText('1 open note');

  const panel = page.getByRole('region', { name: 'Publishing' });
  const checklist = panel.getByLabel('Pre-publish checklist');
  await panel.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(checklist).toContainText('The story has 1 open note');
  // Resolved, the note no longer holds the story back.
  await notes.getByRole('button', { name: 'Resolve' }).click();
  await expect(notes).toContainText('0 open notes');
  await panel.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(checklist).toContainText('no featured image');
  await expect(checklist).not.toContainText('open note');
});
