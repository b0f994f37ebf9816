import path from 'node:path';
import { copyChanged, wordpressContentDir } from './desk-plugin';

/**
 * The tests' stand-ins for site plugins (SEO plugins' fields, a byline field, a theme showing the
 * excerpt, a German site), as must-use plugins of the test WordPress. start.sh installs them too;
 * this keeps an instance started before they changed current. Each is off until a request asks
 * for it with the X-Presswork-Test header (see the plugin's header comment).
 */
export function installTestSitePlugins(): void {
  copyChanged(path.join(import.meta.dirname, 'mu-plugins'), path.join(wordpressContentDir(), 'mu-plugins'));
}

/** A fetch that asks the test WordPress for these stand-ins on every request (`switches.on`, changeable between calls). */
export function fetchWithSitePlugins(switches: { on: string[] }): typeof fetch {
  return (input, init) => {
    const headers = new Headers(init?.headers);
    if (switches.on.length > 0) headers.set('X-Presswork-Test', switches.on.join(','));
    return fetch(input, { ...init, headers });
  };
}
