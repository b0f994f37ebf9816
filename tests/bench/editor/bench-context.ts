import type { Browser, BrowserContext } from '@playwright/test';

/**
 * tsx compiles with esbuild's keepNames, which wraps functions in a `__name` helper that the
 * page does not have; page.evaluate bodies that declare functions need this shim to run.
 */
export async function benchContext(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  await context.addInitScript({ content: 'globalThis.__name = globalThis.__name || ((fn) => fn);' });
  return context;
}
