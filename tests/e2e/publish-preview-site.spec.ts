import { expect, test } from './support/app';
import { core, importTestImage } from './support/core-call';
import { image, LONG_COPY, paragraph, pullQuote, seedStory, subhead } from './support/story-seed';

const link = (url: string, label: string) => ({
  type: 'link',
  version: 1,
  url,
  rel: null,
  target: null,
  title: null,
  direction: null,
  format: '',
  indent: 0,
  children: [{ type: 'text', version: 1, text: label, format: 0, detail: 0, mode: 'normal', style: '' }],
});

test('the preview is the site’s single post: styled from the app’s stylesheet, section, headline, byline, date, featured image, standfirst, body; its links open in the browser', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.getByRole('button', { name: 'New story' }).waitFor();
  await importTestImage(page, 'harbour.png');
  const [media] = ((await core(page, 'listMedia', { query: '', filter: 'all', todayStart: 0, offset: 0, limit: 10 })) as { items: { id: string }[] }).items;
  const details = { alt: 'The harbour at dawn', caption: 'Boats at first light', credit: 'Press Xpress', source: '', licence: '', focalX: 0.5, focalY: 0.5 };
  await core(page, 'updateMedia', { id: media!.id, details });
  const geo = (await core(page, 'createSection', { name: 'Geopolitics' })) as { id: number };
  const reportParagraph = { ...paragraph('Read '), children: [...paragraph('Read ').children, link('https://example.com/report', 'the full report'), ...paragraph('.').children] };
  await seedStory(page, {
    headline: 'Harbour at dawn',
    children: [paragraph(LONG_COPY[0]!), reportParagraph, subhead('Key players'), pullQuote('The talks will set the timeline.', 'Farhad Alaaldin'), image(media!.id, 'The quay', 'Press Xpress', 'Boats at the quay'), paragraph(LONG_COPY[1]!)],
    fields: { standfirst: 'Both sides expressed a commitment to constructive engagement.', byline: ['Press Xpress'], sectionIds: [geo.id], tags: ['Iraq'], featuredImageId: media!.id },
  });
  await page.reload();
  await page.getByRole('list', { name: 'Stories' }).getByRole('button', { name: 'Harbour at dawn' }).click();

  // The preview breaks no rule of the app's policy (its inline styles once did, and were dropped).
  const refused: string[] = [];
  page.on('console', (m) => /Content.Security.Policy/i.test(m.text()) && refused.push(m.text()));
  // No site is needed to see the story as it will look.
  await page.getByRole('region', { name: 'Publishing' }).getByRole('button', { name: 'Preview', exact: true }).click();
  const frame = page.locator('iframe[title="Story preview"]');
  // No scripts and no forms, whatever the story holds.
  await expect(frame).toHaveAttribute('sandbox', /^(?!.*allow-(scripts|forms|top-navigation)).*allow-same-origin/);
  const preview = page.frameLocator('iframe[title="Story preview"]');
  await expect(preview.getByRole('heading', { level: 1, name: 'Harbour at dawn' })).toBeVisible();

  // The site's look comes from the app's stylesheet: its headline face, its measure, images within it.
  await expect.poll(() => preview.locator('h1').evaluate((h) => getComputedStyle(h).fontFamily)).not.toMatch(/^"?Times/);
  const article = (await preview.locator('article').boundingBox())!;
  expect(article.width).toBeLessThanOrEqual(760);
  for (const img of await preview.locator('img').all()) {
    await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth), { timeout: 15_000 }).toBeGreaterThan(0);
    const box = (await img.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(article.x + article.width + 1);
  }

  // As the site's single post: section above the headline, byline and date, featured image, standfirst, body.
  const order = await preview.locator('article').evaluate((a) =>
    [...a.querySelectorAll('.post-section, h1, .post-meta, .post-featured, .post-standfirst, .post-content')].map((el) => el.className || el.tagName),
  );
  expect(order).toEqual(['post-section', 'post-title', 'post-meta', 'post-featured', 'post-standfirst', 'post-content']);
  await expect(preview.locator('.post-section')).toHaveText('Geopolitics');
  const date = await page.evaluate(() => new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(Date.now()));
  await expect(preview.locator('.post-meta')).toHaveText(`by Press Xpress · ${date}`);
  await expect(preview.locator('.post-featured figcaption')).toHaveText('Boats at first light Press Xpress');
  await expect(preview.locator('.post-featured img')).toHaveAttribute('alt', 'The harbour at dawn');
  await expect(preview.locator('.post-standfirst')).toHaveText('Both sides expressed a commitment to constructive engagement.');
  await expect(preview.locator('.post-content figcaption')).toContainText('The quay');
  await expect(preview.locator('.wp-block-pullquote cite')).toHaveText('Farhad Alaaldin');
  expect(refused).toEqual([]);

  // A link goes to the system browser; the preview stays on the story.
  const opened = app.nextExternalUrl();
  await preview.getByRole('link', { name: 'the full report' }).click();
  expect(await opened).toBe('https://example.com/report');
  await expect(preview.getByRole('heading', { level: 1, name: 'Harbour at dawn' })).toBeVisible();

  await page.getByRole('button', { name: 'Close preview' }).click();
  await expect(frame).toHaveCount(0);
});
