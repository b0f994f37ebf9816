import type { Browser, Frame, Page } from '@playwright/test';
import { basicAuth, wordpressEnv } from '../../support/wordpress/env';
import { benchContext } from './bench-context';
import { installProbe, takeSamples, typeMeasured, type KeystrokeSample } from './keystroke-probe';
import { storyBlocks, storyShape } from './story-fixture';
import { errorMessage } from '../../../shared/contract/result';

/** The dev instance's admin login (tests/support/wordpress/start.sh). */
const ADMIN_PASSWORD = process.env.WP_ADMIN_PASSWORD ?? 'adminpass';

export type WordPressResult =
  | { kind: 'skipped'; reason: string }
  | { kind: 'measured'; samples: KeystrokeSample[]; version: string; openMs: number };

async function findCanvas(page: Page): Promise<Frame> {
  // WordPress 6.3+ renders the post in an iframe when every block supports it; older ones inline.
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const frame = page.frame({ name: 'editor-canvas' });
    if (frame && (await frame.locator('p.block-editor-rich-text__editable').count()) > 0) return frame;
    if ((await page.locator('.block-editor-writing-flow p.block-editor-rich-text__editable').count()) > 0) return page.mainFrame();
    await page.waitForTimeout(200);
  }
  throw new Error('the block editor did not show the story within 60 s');
}

/**
 * Types into the same 10k-word story in WordPress's own block editor with the same probe. Returns
 * a reason instead of figures when no local WordPress is running.
 */
export async function measureWordPress(browser: Browser, options: { keystrokes: number; warmup: number; words: number }): Promise<WordPressResult> {
  let env: ReturnType<typeof wordpressEnv>;
  try {
    env = wordpressEnv();
  } catch (e) {
    return { kind: 'skipped', reason: errorMessage(e) };
  }
  const auth = { authorization: basicAuth(env.user, env.appPassword), 'content-type': 'application/json' };
  let postId: number;
  try {
    const res = await fetch(`${env.url}/?rest_route=/wp/v2/posts`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ title: `Presswork bench ${options.words} words`, content: storyBlocks(storyShape(options.words)), status: 'draft' }),
      signal: AbortSignal.timeout(60_000),
    });
    if (!res.ok) return { kind: 'skipped', reason: `WordPress at ${env.url} refused the bench post (${res.status}).` };
    postId = ((await res.json()) as { id: number }).id;
  } catch (e) {
    return { kind: 'skipped', reason: `WordPress at ${env.url} is not answering (${errorMessage(e)}); start it with tests/support/wordpress/start.sh.` };
  }
  const context = await benchContext(browser, { viewport: { width: 1400, height: 900 } });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(120_000);
    await page.goto(`${env.url}/wp-login.php`);
    await page.locator('#user_login').fill(env.user);
    await page.locator('#user_pass').fill(ADMIN_PASSWORD);
    await Promise.all([page.waitForURL(/wp-admin/), page.locator('#wp-submit').click()]);
    // Turn the welcome guide off before opening the post, so nothing sits over the canvas.
    await page.goto(`${env.url}/wp-admin/post.php?post=${postId}&action=edit`);
    await findCanvas(page);
    await page.evaluate(() => {
      const wp = (window as unknown as { wp?: { data?: { dispatch: (store: string) => Record<string, (...args: unknown[]) => unknown> } } }).wp;
      wp?.data?.dispatch('core/preferences')?.set?.('core/edit-post', 'welcomeGuide', false);
      wp?.data?.dispatch('core/preferences')?.set?.('core', 'welcomeGuide', false);
    });
    const version = (await page.locator('#footer-upgrade').textContent().catch(() => null))?.trim() ?? 'unknown';

    // Open time, measured on a second load now that assets are cached (as for Presswork).
    await page.goto(`${env.url}/wp-admin/post.php?post=${postId}&action=edit`);
    const canvas = await findCanvas(page);
    const openMs = await page.evaluate(() => performance.now());

    const paragraphs = canvas.locator('p.block-editor-rich-text__editable');
    const count = await paragraphs.count();
    const middle = paragraphs.nth(Math.floor(count / 2));
    await middle.scrollIntoViewIfNeeded();
    await middle.click();
    await middle.evaluate((p) => {
      const walker = p.ownerDocument.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      const text = walker.nextNode() as Text;
      const offset = text.data.indexOf(' ', Math.floor(text.data.length / 2)) + 1;
      const selection = p.ownerDocument.getSelection()!;
      const range = p.ownerDocument.createRange();
      range.setStart(text, offset);
      range.collapse(true);
      selection.removeAllRanges();
      selection.addRange(range);
    });
    await installProbe(canvas);
    await typeMeasured(page, canvas, options.warmup);
    await takeSamples(canvas);
    await typeMeasured(page, canvas, options.keystrokes);
    return { kind: 'measured', samples: await takeSamples(canvas), version, openMs };
  } catch (e) {
    return { kind: 'skipped', reason: `Could not drive WordPress's block editor: ${errorMessage(e).split('\n')[0]}` };
  } finally {
    await context.close();
    await fetch(`${env.url}/?rest_route=/wp/v2/posts/${postId}&force=true`, { method: 'DELETE', headers: auth }).catch(() => undefined);
  }
}
