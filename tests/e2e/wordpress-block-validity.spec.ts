import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { bodyToBlockMarkup, type ResolvedMedia } from '../../shared/content/wordpress/to-blocks';
import { everyBlock } from '../unit/content/wide-body';
import { basicAuth, wordpressEnv, type WordPressEnv } from '../support/wordpress/env';
import { launchChromium } from './support/app';
import { flattenBlocks, logIntoWordPress, openInBlockEditor } from './support/wordpress-editor';
import { errorMessage } from '../../shared/contract/result';

// The admin login of the local test site (tests/support/wordpress/start.sh).
const ADMIN_PASSWORD = process.env.WP_ADMIN_PASSWORD ?? 'adminpass';

function findWordPress(): WordPressEnv | string {
  try {
    return wordpressEnv();
  } catch (error) {
    return errorMessage(error);
  }
}
const wp = findWordPress();
if (typeof wp === 'string') console.log(`[wordpress-block-validity] skipped: ${wp}`);

async function rest<T>(site: WordPressEnv, route: string, init: { method: string; body: ArrayBuffer | string; headers: Record<string, string> }): Promise<T> {
  const response = await fetch(`${site.url}/?rest_route=${route}`, {
    ...init,
    headers: { Authorization: basicAuth(site.user, site.appPassword), ...init.headers },
  });
  const payload = (await response.json()) as T & { message?: string };
  if (!response.ok) throw new Error(`${init.method} ${route} → ${response.status}: ${payload.message ?? ''}`);
  return payload;
}

async function uploadImage(site: WordPressEnv): Promise<ResolvedMedia> {
  const png = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#5a7d9a' } }).png().toBuffer();
  const media = await rest<{ id: number; source_url: string; media_details?: { sizes?: Record<string, { source_url: string }> } }>(site, '/wp/v2/media', {
    method: 'POST',
    body: png.buffer.slice(png.byteOffset, png.byteOffset + png.byteLength) as ArrayBuffer,
    headers: { 'Content-Type': 'image/png', 'Content-Disposition': 'attachment; filename="presswork-validity.png"' },
  });
  const url = media.media_details?.sizes?.large?.source_url ?? media.source_url;
  return { remoteId: media.id, url, alt: 'A grey-blue rectangle', caption: '', credit: '' };
}

test('a story converted by the content model opens in WordPress’s block editor with every block valid', async ({}, testInfo) => {
  test.skip(typeof wp === 'string', typeof wp === 'string' ? wp : '');
  test.skip(testInfo.project.name !== 'harness', 'needs no app: runs once, in the harness project');
  if (typeof wp === 'string') return;
  test.setTimeout(180_000);

  const uploaded = await uploadImage(wp);
  const markup = bodyToBlockMarkup(everyBlock(), (id) => (id === 'media-1' ? uploaded : null));
  const post = await rest<{ id: number }>(wp, '/wp/v2/posts', {
    method: 'POST',
    body: JSON.stringify({ title: 'Presswork block validity', content: markup, status: 'draft' }),
    headers: { 'Content-Type': 'application/json' },
  });

  const browser = await launchChromium();
  try {
    // WordPress stores the markup as written (no kses rewrite of what the converter emits).
    const stored = await fetch(`${wp.url}/?rest_route=/wp/v2/posts/${post.id}&context=edit`, { headers: { Authorization: basicAuth(wp.user, wp.appPassword) } });
    expect(((await stored.json()) as { content: { raw: string } }).content.raw).toBe(markup);

    const page = await browser.newPage();
    await logIntoWordPress(page, wp.url, wp.user, ADMIN_PASSWORD);
    const blocks = flattenBlocks(await openInBlockEditor(page, wp.url, post.id));

    const invalid = blocks.filter((block) => !block.isValid).map((block) => `${block.name}: ${block.issues}`);
    expect(invalid, 'blocks WordPress considers invalid').toEqual([]);
    const names = new Set(blocks.map((block) => block.name));
    for (const name of ['core/paragraph', 'core/heading', 'core/list', 'core/list-item', 'core/quote', 'core/pullquote', 'core/image', 'core/gallery', 'core/embed', 'core/table', 'core/separator', 'core/preformatted', 'core/code', 'core/verse', 'core/more', 'core/nextpage']) {
      expect(names, `the post contains a ${name} block`).toContain(name);
    }
    expect(names.has('core/missing') || names.has('core/freeform'), 'no block fell back to classic or missing').toBe(false);
    // Any warning the editor shows on a block, by its words.
    expect(await page.locator('.block-editor-warning').allInnerTexts()).toEqual([]);
  } finally {
    await browser.close();
    await fetch(`${wp.url}/?rest_route=/wp/v2/posts/${post.id}&force=true`, { method: 'DELETE', headers: { Authorization: basicAuth(wp.user, wp.appPassword) } });
    await fetch(`${wp.url}/?rest_route=/wp/v2/media/${uploaded.remoteId}&force=true`, { method: 'DELETE', headers: { Authorization: basicAuth(wp.user, wp.appPassword) } });
  }
});
