/**
 * Writes the corpus of tests/fixtures/wordpress/: every post built in the real WordPress block
 * editor (the local 6.1 of tests/support/wordpress/start.sh) with the editor's own API in the page
 * (`wp.blocks.createBlock`, `resetBlocks`, `savePost`), then read back over REST as `content.raw`,
 * so each `.html` is what the editor saves, not what we think it saves. The classic, third-party and
 * 5.x posts (hand-written-posts.ts) are stored over REST and read back the same way.
 *
 *   npx tsx tests/support/wordpress/corpus/generate-corpus.ts [name…]
 *
 * Needs the local WordPress running (its .tmp/wordpress/env, or WP_URL…) and Debian's Chromium.
 * The posts, attachments and reusable block it makes are deleted at the end.
 */
import { chromium, type Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { basicAuth, wordpressEnv, type WordPressEnv } from '../env';
import { BLOCK_POSTS, REUSABLE_BLOCK, type BlockSpec } from './block-posts';
import { uploadCorpusMedia } from './corpus-fixtures';
import type { FixtureManifest, RecordedMedia, RecordedReusable } from './corpus-media';
import { HAND_WRITTEN_POSTS } from './hand-written-posts';

const FIXTURES = path.resolve(import.meta.dirname, '..', '..', '..', 'fixtures', 'wordpress');
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

async function rest<T>(wp: WordPressEnv, method: string, route: string, body?: unknown): Promise<T> {
  const response = await fetch(`${wp.url}/?rest_route=${route}`, {
    method,
    headers: { Authorization: basicAuth(wp.user, wp.appPassword), ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await response.json()) as T & { message?: string };
  if (!response.ok) throw new Error(`${method} ${route} → ${response.status}: ${json.message ?? JSON.stringify(json)}`);
  return json;
}

/** Waits until the block editor of `postId` is ready for its data API. */
async function openEditor(page: Page, wp: WordPressEnv, postId: number): Promise<void> {
  await page.goto(`${wp.url}/wp-admin/post.php?post=${postId}&action=edit`);
  await page.waitForFunction(
    (id) => {
      const w = window as unknown as { wp?: { data?: { select(s: string): { getCurrentPostId?(): number } }; blocks?: { getBlockType(n: string): unknown } } };
      return w.wp?.data?.select('core/editor')?.getCurrentPostId?.() === id && !!w.wp?.blocks?.getBlockType('core/paragraph');
    },
    postId,
    { timeout: 60_000 },
  );
}

/** Builds the blocks with the editor's API and saves the post as the editor does; returns what the editor serialized. */
async function buildAndSave(page: Page, blocks: BlockSpec[]): Promise<{ edited: string; invalid: string[] }> {
  // Passed as unknown: the recursive BlockSpec is too deep for Playwright's serializable-argument type.
  await page.evaluate((specs: unknown) => {
    type Spec = [string, Record<string, unknown>, Spec[]?];
    const wp = (window as unknown as { wp: { blocks: { createBlock(n: string, a: object, i: unknown[]): unknown }; data: { dispatch(s: string): { resetBlocks(b: unknown[]): void } } } }).wp;
    const make = ([name, attrs, inner]: Spec): unknown => wp.blocks.createBlock(name, attrs, (inner ?? []).map(make));
    wp.data.dispatch('core/block-editor').resetBlocks((specs as Spec[]).map(make));
  }, blocks as unknown);
  // Blocks settle their attributes from the media they point at (gallery images, cover) in effects.
  await page.waitForTimeout(2_000);
  return page.evaluate(async () => {
    type Block = { name: string; isValid: boolean; innerBlocks: Block[] };
    const wp = (window as unknown as {
      wp: {
        blocks: { parse(c: string): Block[] };
        data: { dispatch(s: string): { savePost(): Promise<void> }; select(s: string): { isSavingPost(): boolean; didPostSaveRequestSucceed(): boolean; getEditedPostContent(): string } };
      };
    }).wp;
    await wp.data.dispatch('core/editor').savePost();
    while (wp.data.select('core/editor').isSavingPost()) await new Promise((r) => setTimeout(r, 100));
    if (!wp.data.select('core/editor').didPostSaveRequestSucceed()) throw new Error('the block editor could not save the post');
    const edited = wp.data.select('core/editor').getEditedPostContent();
    const invalid: string[] = [];
    const walk = (list: Block[]): void => {
      for (const block of list) {
        if (!block.isValid) invalid.push(block.name);
        walk(block.innerBlocks);
      }
    };
    walk(wp.blocks.parse(edited));
    return { edited, invalid };
  });
}

function blockNames(content: string): string[] {
  return [...new Set([...content.matchAll(/<!-- wp:([a-z0-9-]+(?:\/[a-z0-9-]+)?)/g)].map((m) => (m[1]!.includes('/') ? m[1]! : `core/${m[1]}`)))].sort();
}

function writeFixture(manifest: FixtureManifest, content: string): void {
  mkdirSync(FIXTURES, { recursive: true });
  writeFileSync(path.join(FIXTURES, `${manifest.name}.html`), content);
  writeFileSync(path.join(FIXTURES, `${manifest.name}.json`), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`${manifest.name}: ${content.length} bytes, ${blockNames(content).join(' ') || 'classic'}`);
}

async function main(): Promise<void> {
  const wp = wordpressEnv();
  const only = new Set(process.argv.slice(2));
  const wanted = (name: string) => only.size === 0 || only.has(name);
  const version = (await fetch(`${wp.url}/?feed=rss2`).then((r) => r.text())).match(/generator>https:\/\/wordpress\.org\/\?v=([\d.]+)</)?.[1] ?? 'unknown';
  console.log(`WordPress ${version} at ${wp.url}`);

  const media = await uploadCorpusMedia(wp);
  const byKey = (key: string): RecordedMedia => {
    const found = media.find((m) => m.key === key);
    if (!found) throw new Error(`no corpus medium ${key}`);
    return found;
  };
  const posts: number[] = [];
  let reusable: RecordedReusable | null = null;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    // tsx compiles with esbuild's keepNames: functions handed to page.evaluate call its __name helper.
    await page.addInitScript('window.__name = (fn) => fn');
    await page.goto(`${wp.url}/wp-login.php`);
    await page.locator('#user_login').fill(wp.user);
    await page.locator('#user_pass').fill(wp.loginPassword ?? 'adminpass');
    await Promise.all([page.waitForURL(/\/wp-admin\//, { timeout: 30_000 }), page.locator('#wp-submit').click()]);

    // The reusable block: its content serialized by the editor, stored as a wp_block post.
    const scratch = await rest<{ id: number }>(wp, 'POST', '/wp/v2/posts', { title: 'Corpus scratch', status: 'draft' });
    posts.push(scratch.id);
    await openEditor(page, wp, scratch.id);
    const reusableContent = await page.evaluate((specs: unknown) => {
      type Spec = [string, Record<string, unknown>, Spec[]?];
      const wp = (window as unknown as { wp: { blocks: { createBlock(n: string, a: object, i: unknown[]): unknown; serialize(b: unknown[]): string } } }).wp;
      const make = ([name, attrs, inner]: Spec): unknown => wp.blocks.createBlock(name, attrs, (inner ?? []).map(make));
      return wp.blocks.serialize((specs as Spec[]).map(make));
    }, REUSABLE_BLOCK.blocks as unknown);
    const block = await rest<{ id: number; content: { raw: string } }>(wp, 'POST', '/wp/v2/blocks', { title: REUSABLE_BLOCK.title, content: reusableContent, status: 'publish' });
    reusable = { id: block.id, title: REUSABLE_BLOCK.title, content: block.content.raw };
    const context = { media: byKey, reusable };

    for (const post of BLOCK_POSTS.filter((p) => wanted(p.name))) {
      const created = await rest<{ id: number }>(wp, 'POST', '/wp/v2/posts', { title: post.title, status: 'draft' });
      posts.push(created.id);
      await openEditor(page, wp, created.id);
      const { edited, invalid } = await buildAndSave(page, post.blocks(context));
      if (invalid.length > 0) console.warn(`  ${post.name}: the editor reads these blocks of its own save as invalid: ${invalid.join(', ')}`);
      const stored = await rest<{ content: { raw: string } }>(wp, 'GET', `/wp/v2/posts/${created.id}&context=edit`);
      if (stored.content.raw !== edited) throw new Error(`${post.name}: the site stored something else than the editor saved`);
      writeFixture(
        { name: post.name, title: post.title, origin: 'block-editor', wordpressVersion: version, description: post.description, contains: post.contains, siteUrl: wp.url, media, reusable: stored.content.raw.includes(`"ref":${reusable.id}`) ? [reusable] : [] },
        stored.content.raw,
      );
    }
    for (const post of HAND_WRITTEN_POSTS.filter((p) => wanted(p.name))) {
      const content = post.content(byKey);
      const created = await rest<{ id: number; content: { raw: string } }>(wp, 'POST', '/wp/v2/posts', { title: post.title, status: 'draft', content });
      posts.push(created.id);
      if (created.content.raw !== content) throw new Error(`${post.name}: the site changed the content on the way in`);
      writeFixture(
        { name: post.name, title: post.title, origin: post.origin, wordpressVersion: version, description: post.description, contains: post.contains, siteUrl: wp.url, media, reusable: [] },
        created.content.raw,
      );
    }
  } finally {
    await browser.close();
    for (const id of posts) await rest(wp, 'DELETE', `/wp/v2/posts/${id}&force=true`).catch(() => undefined);
    if (reusable) await rest(wp, 'DELETE', `/wp/v2/blocks/${reusable.id}&force=true`).catch(() => undefined);
    for (const m of media) await rest(wp, 'DELETE', `/wp/v2/media/${m.id}&force=true`).catch(() => undefined);
  }
}

await main();
