/** The renderer is served from this scheme and host; nothing else is trusted to call the core. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'presswork';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True only for a URL on the app's own origin: the check behind IPC senders and navigation. */
export function isAppUrl(raw: string | undefined | null): boolean {
  if (!raw) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === '';
}
