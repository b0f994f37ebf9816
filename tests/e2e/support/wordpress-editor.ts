import type { Page } from '@playwright/test';

/** What the block editor made of one block of a post. */
export interface EditorBlock {
  name: string;
  isValid: boolean;
  /** WordPress's own account of why a block is invalid (validationIssues), as text. */
  issues: string;
  innerBlocks: EditorBlock[];
}

/** Logs into wp-admin with the site's login form. */
export async function logIntoWordPress(page: Page, url: string, user: string, password: string): Promise<void> {
  await page.goto(`${url}/wp-login.php`);
  await page.locator('#user_login').fill(user);
  await page.locator('#user_pass').fill(password);
  await Promise.all([page.waitForURL(/\/wp-admin\//, { timeout: 30_000 }), page.locator('#wp-submit').click()]);
}

/** Opens a post in the block editor and returns its blocks once the editor has parsed them. */
export async function openInBlockEditor(page: Page, url: string, postId: number): Promise<EditorBlock[]> {
  await page.goto(`${url}/wp-admin/post.php?post=${postId}&action=edit`);
  await page.waitForFunction(
    () => {
      const wp = (window as unknown as { wp?: { data?: { select(store: string): { getBlocks(): unknown[] } } } }).wp;
      return (wp?.data?.select('core/block-editor')?.getBlocks().length ?? 0) > 0;
    },
    undefined,
    { timeout: 60_000 },
  );
  return page.evaluate(() => {
    type RawBlock = { name: string; isValid: boolean; validationIssues?: unknown[]; innerBlocks: RawBlock[] };
    const wp = (window as unknown as { wp: { data: { select(store: string): { getBlocks(): RawBlock[] } } } }).wp;
    const describe = (block: RawBlock): EditorBlock => ({
      name: block.name,
      isValid: block.isValid,
      // The issues embed the whole block type; the messages and markup at their end are what matter.
      issues: JSON.stringify(block.validationIssues ?? []).slice(-1500),
      innerBlocks: block.innerBlocks.map(describe),
    });
    return wp.data.select('core/block-editor').getBlocks().map(describe);
  });
}

export function flattenBlocks(blocks: EditorBlock[]): EditorBlock[] {
  return blocks.flatMap((block) => [block, ...flattenBlocks(block.innerBlocks)]);
}
