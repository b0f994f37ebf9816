import type { Page } from '@playwright/test';
import { expect, test } from './support/app';
import { core } from './support/core-call';

/** The saved story as WordPress gets it: the core's preview renders the stored body exactly as publishing does. */
async function publishedHtml(page: Page): Promise<string> {
  const [story] = (await core(page, 'listStories', {})) as Array<{ id: string }>;
  return ((await core(page, 'previewStory', { storyId: story!.id })) as { html: string }).html;
}

async function slash(page: Page, query: string, option: string): Promise<void> {
  await page.keyboard.type(`/${query}`);
  await expect(page.getByRole('option', { name: option, exact: true })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
}

test('a writer types a quote with its citation, a code block and a page break, and they are published as WordPress blocks', async ({ launch }, testInfo) => {
  const { page } = await launch();
  await page.getByRole('button', { name: 'New story' }).click();
  await page.getByRole('textbox', { name: 'Headline' }).fill('Text blocks');
  const body = page.getByRole('textbox', { name: 'Body' });
  await body.click();
  await page.keyboard.type('The mayor spoke.');
  await page.keyboard.press('Enter');

  // A quote of two paragraphs: Enter makes the second, Enter on the empty third leaves the quote.
  await slash(page, 'quote', 'Quote');
  await page.keyboard.type('We will not back down.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Not today.');
  const quote = body.locator('blockquote.pw-quotation');
  await expect(quote.locator('p')).toHaveText(['We will not back down.', 'Not today.']);
  // The citation is typed in place, under the words.
  await quote.locator('cite').click();
  await page.keyboard.type('Jane Doe, mayor');
  await expect(quote.locator('cite')).toHaveText('Jane Doe, mayor');
  // Enter in the citation goes on after the quote.
  await page.keyboard.press('Enter');
  await page.keyboard.type('She left.');
  await expect(body.locator(':scope > p').last()).toHaveText('She left.');
  await page.keyboard.press('Enter');

  // Code keeps its lines and indentation; Enter on an empty last line leaves it.
  await slash(page, 'code', 'Code');
  await page.keyboard.type('if (votes > 10) {');
  await page.keyboard.press('Enter');
  await page.keyboard.type('    pass();');
  await page.keyboard.press('Enter');
  await page.keyboard.type('}');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  // Its lines are <br>s, which only innerText reads as line ends.
  await expect.poll(() => body.locator('pre.pw-pre-code').innerText()).toBe('if (votes > 10) {\n    pass();\n}');

  await slash(page, 'page', 'Page break');
  await expect(page.getByRole('group', { name: 'Page break' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(/^Saved /);

  await page.screenshot({ path: testInfo.outputPath('text-blocks.png'), fullPage: true });

  // The preview is the published markup without its block comments.
  const html = await publishedHtml(page);
  expect(html).toMatch(/<blockquote class="wp-block-quote">\s*<p>We will not back down\.<\/p>\s*<p>Not today\.<\/p>\s*<cite>Jane Doe, mayor<\/cite><\/blockquote>/);
  expect(html).toContain('<pre class="wp-block-code"><code>if (votes &gt; 10) {\n    pass();\n}</code></pre>');
  // And the saved story holds the page break between the code and the empty last line.
  const [summary] = (await core(page, 'listStories', {})) as Array<{ id: string }>;
  const story = (await core(page, 'getStory', { id: summary!.id })) as { body: { root: { children: Array<{ type: string }> } } };
  expect(story.body.root.children.map((node) => node.type)).toEqual(['paragraph', 'quotation', 'paragraph', 'preformatted', 'page-break', 'paragraph']);
});
