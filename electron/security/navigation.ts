import { isAppUrl } from './app-origin';

/**
 * The app window never navigates away from its own page: any navigation or redirect that leaves
 * the app origin is refused (links go to the system browser through `externalUrlToOpen`).
 */
export function isNavigationAllowed(target: string): boolean {
  return isAppUrl(target);
}

/**
 * A frame inside the page (the story preview) may only load its own `srcdoc`: a link clicked in
 * it, or a redirect, never takes it to the site or anywhere else.
 */
export function isFrameNavigationAllowed(target: string, isMainFrame: boolean): boolean {
  return isMainFrame ? isNavigationAllowed(target) : target === 'about:srcdoc' || target === 'about:blank';
}

const EXTERNAL_PROTOCOLS = new Set(['https:', 'http:']);

/**
 * The URL to hand to shell.openExternal, or null. Parsed with the URL parser, never matched as a
 * string, so `https://example.com.attacker.com` is simply that host, and `javascript:`, `file:`,
 * `smb:` or a custom scheme never reach the OS.
 */
export function externalUrlToOpen(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (!EXTERNAL_PROTOCOLS.has(url.protocol)) return null;
  if (!url.hostname) return null;
  if (url.username || url.password) return null;
  return url.toString();
}
