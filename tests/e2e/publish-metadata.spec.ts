import { randomBytes } from 'node:crypto';
import { wordpressEnv } from '../support/wordpress/env';
import { expect, test } from './support/app';
import { connectTestSite } from './support/connect-site';

const wp = wordpressEnv();

test('the connection status says where the metadata goes, and the checklist what will not reach the site (#14.12)', async ({ launch }) => {
  const u = randomBytes(4).toString('hex');
  const { page } = await launch();
  await connectTestSite(page, wp);
  // The test WordPress runs no SEO or byline plugin (their stand-ins are off without the test header) and Twenty Twenty-Three.
  const status = page.getByRole('status', { name: 'Connection' });
  await expect(status).toContainText('no SEO plugin found (Yoast SEO or Rank Math): not sent');
  await expect(status).toContainText('as the post’s author where the name is a user of the site (no byline field)');
  await expect(status).toContainText('sent as the excerpt; the theme (Twenty Twenty-Three) shows it in lists of stories, not on the story’s page');

  await page.getByRole('button', { name: 'Stories', exact: true }).click();
  await page.getByRole('button', { name: 'New story' }).click();
  await page.getByRole('textbox', { name: 'Headline' }).fill(`Metadata checklist ${u}`);
  await page.getByRole('button', { name: 'Story details' }).click();
  await page.getByRole('textbox', { name: 'Standfirst' }).fill('The bridge is approved.');
  await page.getByRole('textbox', { name: 'Byline' }).fill(`Guest Writer ${u}`);
  await page.getByRole('textbox', { name: 'SEO title' }).fill('Council approves the bridge');
  await page.getByRole('textbox', { name: 'Meta description' }).fill('The council approved the new bridge on Tuesday.');
  await page.getByRole('textbox', { name: 'Body' }).click();
  await page.keyboard.type('The council met on Tuesday.');

  const panel = page.getByRole('region', { name: 'Publishing' });
  await panel.getByRole('button', { name: 'Publish', exact: true }).click();
  const checks = panel.locator('.publish-warnings');
  await expect(checks).toContainText(new RegExp(`The byline “Guest Writer ${u}” is not a user of the site, and the site has no byline field: it will show the account’s name \\(.+\\) as the author\\.`));
  await expect(checks).toContainText('The SEO title and meta description will not reach the site: it runs no SEO plugin Presswork can write to (Yoast SEO or Rank Math).');
  await expect(checks).toContainText('The standfirst goes to the post’s excerpt, which the site’s theme (Twenty Twenty-Three) shows in lists of stories but not on the story’s own page.');
});
