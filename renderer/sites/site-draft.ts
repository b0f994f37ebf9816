import type { SiteProfile } from '../../shared/contract/operations/sites';

/** What the connection form holds; the password field never shows a stored password again. */
export interface SiteDraft {
  id?: string;
  name: string;
  url: string;
  username: string;
  password: string;
}

export const blankDraft: SiteDraft = { name: '', url: '', username: '', password: '' };

export const draftOf = (site: SiteProfile): SiteDraft => ({ id: site.id, name: site.name, url: site.url, username: site.username, password: '' });

/** The name a site gets when the form's Name is left empty: the first is Production, later ones their host. */
export function defaultName(url: string, taken: readonly SiteProfile[]): string {
  if (taken.length === 0) return 'Production';
  try {
    return new URL(/^https?:\/\//.test(url) ? url : `https://${url}`).host;
  } catch {
    return `Site ${taken.length + 1}`;
  }
}

/** The shell hands http(s) window opens to the system browser (Electron) or opens a tab (harness). */
export function openInBrowser(url: string): void {
  window.open(url, '_blank', 'noopener,noreferrer');
}
