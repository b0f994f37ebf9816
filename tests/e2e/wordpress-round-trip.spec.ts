import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import type { DomWindow } from '../../shared/content/dom-window';
import { compareMarkup } from '../../shared/content/wordpress/block-equivalence';
import { createReusables, loadCorpus, placeFixture, uploadCorpusMedia } from '../support/wordpress/corpus/corpus-fixtures';
import { basicAuth, wordpressEnv } from '../support/wordpress/env';
import { expect, launchChromium, test } from './support/app';
import { connectTestSite } from './support/connect-site';
import { flattenBlocks, logIntoWordPress, openInBlockEditor } from './support/wordpress-editor';

const wp = wordpressEnv();
const dom = parseHTML('<!DOCTYPE html><html><head></head><body></body></html>') as unknown as DomWindow;

const para = (text: string) => `<!-- wp:paragraph -->\n<p>${text}</p>\n<!-- /wp:paragraph -->`;

async function raw(postId: number): Promise<{ content: string; modified: string }> {
  const res = await fetch(`${wp.url}/?rest_route=/wp/v2/posts/${postId}&context=edit`, { headers: { Authorization: basicAuth(wp.user, wp.appPassword) } });
  const post = (await res.json()) as { content: { raw: string }; modified_gmt: string };
  return { content: post.content.raw, modified: post.modified_gmt };
}

/**
 * An archive post (a 6.1 gallery of uploaded images, a reusable block, a classic captioned image
 * between blocks as WordPress stores a Classic block) is synced, one word is changed by typing, and
 * the story is published: on the site, only that word changed.
 */
test('an archive post edited by one word comes back with only that word changed', async ({ launch }, testInfo) => {
  test.skip(testInfo.project.name !== 'harness', 'needs the harness: runs once');
  test.setTimeout(180_000);
  const u = randomBytes(4).toString('hex');
  const corpus = loadCorpus();
  const gallery = corpus.find((fixture) => fixture.manifest.name === 'gallery')!;
  const sink = corpus.find((fixture) => fixture.manifest.name === 'kitchen-sink')!;
  const media = await uploadCorpusMedia(wp, u);
  const reusable = await createReusables(wp, [sink]);
  const placement = { siteUrl: wp.url, media, reusable };
  const galleryBlock = /<!-- wp:gallery [\s\S]*?<!-- \/wp:gallery -->/.exec(placeFixture(gallery, placement))![0];
  const reusableBlock = /<!-- wp:block \{"ref":\d+\} \/-->/.exec(placeFixture(sink, placement))![0];
  const harbour = media.find((m) => m.key === 'harbour')!;
  // A Classic block: WordPress stores its HTML between the blocks, without delimiters.
  const classic = `[caption id="attachment_${harbour.id}" align="alignright" width="300"]<img class="size-medium wp-image-${harbour.id}" src="${harbour.sizes.medium}" alt="Fishing boats moored at dawn" width="300" height="200" /> The harbour in 2019. Photo: Ana Ruiz[/caption]\n\nThe old quay, before the storm.`;
  const original = [para(`The harbour reopened on Monday after three years ${u}.`), galleryBlock, classic, reusableBlock, para('Boats returned to their moorings.')].join('\n\n');

  const created = await fetch(`${wp.url}/?rest_route=/wp/v2/posts`, {
    method: 'POST',
    headers: { Authorization: basicAuth(wp.user, wp.appPassword2), 'Content-Type': 'application/json' },
    body: JSON.stringify({ title: `Archive ${u}`, status: 'publish', content: original }),
  });
  expect(created.ok).toBe(true);
  const postId = ((await created.json()) as { id: number }).id;
  const before = await raw(postId);
  expect(before.content).toBe(original);

  const { page } = await launch();
  await connectTestSite(page, wp);
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(page.getByText(/^Synced: \d+ sections?,/)).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Stories', exact: true }).click();
  await page.getByRole('searchbox', { name: 'Search stories' }).fill(`Archive ${u}`);
  await page.getByRole('button', { name: new RegExp(`Archive ${u}`) }).click();
  const body = page.getByRole('textbox', { name: 'Body' });
  await expect(body).toContainText('The harbour reopened on Monday');
  await expect(body).toContainText('Boats returned to their moorings.');

  const shot = testInfo.outputPath('archive-story.png');
  await page.screenshot({ path: shot, fullPage: true });
  mkdirSync(path.resolve('.tmp'), { recursive: true });
  copyFileSync(shot, path.resolve('.tmp', 'archive-story.png'));

  // Double-click selects the word as a writer would, then typing replaces it.
  const box = await body.evaluate((element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf('Monday') ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 'Monday'.length);
      const rect = range.getBoundingClientRect();
      return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
    }
    return null;
  });
  expect(box, 'the word is in the story').not.toBeNull();
  await page.mouse.dblclick(box!.x, box!.y);
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString().trim())).toBe('Monday');
  await page.keyboard.type('Tuesday');
  await expect(body).toContainText('The harbour reopened on Tuesday');

  const panel = page.getByRole('region', { name: 'Publishing' });
  await panel.getByRole('button', { name: 'Publish', exact: true }).click();
  const anyway = panel.getByRole('button', { name: 'Publish anyway' });
  const changed = async () => (await raw(postId)).modified !== before.modified;
  await expect.poll(async () => (await anyway.isVisible()) || (await changed()), { timeout: 30_000 }).toBe(true);
  if (await anyway.isVisible()) await anyway.click();
  await expect.poll(changed, { timeout: 60_000 }).toBe(true);

  const after = (await raw(postId)).content;
  const edited = original.replace('reopened on Monday', 'reopened on Tuesday');
  expect(compareMarkup(edited, after, dom), 'the live post is the original with the one word changed').toEqual([]);
  const differences = compareMarkup(original, after, dom);
  expect(differences.map((d) => `${d.kind} ${d.label} ${d.path}`)).toEqual(['changed Paragraph 0']);
  expect(differences[0]!.aspects).toContain('text');

  // What we wrote opens in the site's own (6.1) block editor with every block valid.
  const editor = await launchChromium();
  try {
    const wpPage = await editor.newPage();
    await logIntoWordPress(wpPage, wp.url, wp.user, wp.loginPassword ?? 'adminpass');
    const invalid = flattenBlocks(await openInBlockEditor(wpPage, wp.url, postId)).filter((block) => !block.isValid);
    expect(invalid.map((block) => `${block.name}: ${block.issues}`)).toEqual([]);
  } finally {
    await editor.close();
  }
  // Left tidy: later syncs of this site pull every post it holds.
  const routes = [`/wp/v2/posts/${postId}`, ...[...reusable.values()].map((id) => `/wp/v2/blocks/${id}`), ...media.map((m) => `/wp/v2/media/${m.id}`)];
  for (const route of routes) await fetch(`${wp.url}/?rest_route=${route}&force=true`, { method: 'DELETE', headers: { Authorization: basicAuth(wp.user, wp.appPassword) } });
});
