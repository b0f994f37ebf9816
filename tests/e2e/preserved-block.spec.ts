import { randomBytes } from 'node:crypto';
import { basicAuth, wordpressEnv } from '../support/wordpress/env';
import { expect, test } from './support/app';
import { connectTestSite } from './support/connect-site';
import { core } from './support/core-call';

const wp = wordpressEnv();

test('a block Presswork does not model shows as a card kept as on the site, with nothing of it running, and can be moved and removed', async ({ launch }) => {
  const u = randomBytes(4).toString('hex');
  const headline = `Harbour columns ${u}`;
  const content = [
    '<!-- wp:paragraph -->\n<p>The council met.</p>\n<!-- /wp:paragraph -->',
    '<!-- wp:columns -->\n<div class="wp-block-columns"><!-- wp:column -->\n<div class="wp-block-column"><!-- wp:paragraph -->\n<p>For: 7</p>\n<!-- /wp:paragraph --></div>\n<!-- /wp:column -->\n\n<!-- wp:column -->\n<div class="wp-block-column"><!-- wp:paragraph -->\n<p>Against: 2</p>\n<!-- /wp:paragraph --></div>\n<!-- /wp:column --></div>\n<!-- /wp:columns -->',
    '<!-- wp:html -->\n<iframe src="https://maps.example.com/embed?harbour=1"></iframe><script>window.__planted = true</script>\n<!-- /wp:html -->',
  ].join('\n\n');
  const res = await fetch(`${wp.url}/wp-json/wp/v2/posts`, {
    method: 'POST',
    headers: { Authorization: basicAuth(wp.user, wp.appPassword), 'Content-Type': 'application/json' },
    body: JSON.stringify({ title: headline, content, status: 'draft' }),
  });
  expect(res.status).toBe(201);

  const { page } = await launch();
  await connectTestSite(page, wp);
  const sites = (await core(page, 'listSites', {})) as Array<{ id: string }>;
  await core(page, 'syncSite', { id: sites[0]!.id });
  await page.getByRole('button', { name: 'Stories', exact: true }).click();
  await page.getByRole('button', { name: new RegExp(headline) }).first().click();

  const columns = page.getByRole('group', { name: 'Kept as on the site: Columns' });
  await expect(columns).toBeVisible();
  await expect(columns).toContainText('Against: 2');
  const map = page.getByRole('group', { name: 'Kept as on the site: Custom HTML' });
  await expect(map).toContainText('Embedded frame from maps.example.com');
  await expect(page.locator('.preserved-card iframe, .preserved-card script')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __planted?: boolean }).__planted)).toBeUndefined();
  await page.screenshot({ path: 'test-results/preserved-block.png', fullPage: true });

  // Moved up above the paragraph, then removed: ordinary edits of the body.
  await columns.getByRole('button', { name: 'Move Columns up' }).click();
  // Lexical puts caret boundaries between cards: only the blocks themselves count.
  const blocks = page.locator('[aria-label="Body"] > p, [aria-label="Body"] > .pw-preserved-block');
  await expect(blocks.first()).toHaveClass(/pw-preserved-block/);
  await expect(blocks.nth(1)).toHaveText('The council met.');
  await map.getByRole('button', { name: 'Remove Custom HTML' }).click();
  await expect(map).toHaveCount(0);
});
