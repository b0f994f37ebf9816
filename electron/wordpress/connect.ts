import { discoverApi, type DiscoveredApi } from './discovery';
import { SiteError } from './site-error';
import { WordPressClient, type ClientOptions } from './wordpress-client';

export interface SiteUser {
  id: number;
  name: string;
  username: string;
  roles: string[];
  /** Only the capabilities the user has. */
  capabilities: string[];
}

export interface Connection {
  api: DiscoveredApi;
  user: SiteUser;
  client: WordPressClient;
}

interface MeResponse {
  id: number;
  name?: string;
  username?: string;
  roles?: string[];
  capabilities?: Record<string, boolean>;
}

/**
 * Discovers the API and signs in with an application password; answers who we are there, or throws
 * a SiteError whose message says what to fix.
 */
export async function connectToSite(
  siteUrl: string,
  username: string,
  password: string,
  options: Omit<ClientOptions, 'apiRoot' | 'credentials'> = {},
): Promise<Connection> {
  const api = await discoverApi(siteUrl, { fetch: options.fetch, timeoutMs: options.timeoutMs });
  const host = new URL(api.siteUrl).host;
  if (!api.applicationPasswords) {
    if (api.siteUrl.startsWith('http:')) {
      throw new SiteError('https_required', `${host} accepts application passwords only over HTTPS. Use the https:// address of the site (a local test site needs WP_ENVIRONMENT_TYPE=local).`);
    }
    throw new SiteError('app_passwords_disabled', `Application passwords are turned off on ${host}. Ask the site’s administrator to enable them (a security plugin often disables them).`);
  }
  if (username.trim() === '' || password.trim() === '') {
    throw new SiteError('wrong_password', 'Enter your WordPress username and an application password (Users → Profile → Application Passwords in WordPress).');
  }
  const client = new WordPressClient({ ...options, apiRoot: api.apiRoot, credentials: { username: username.trim(), password: password.replace(/\s+/g, '') } });
  const me = (await client.get<MeResponse>('/wp/v2/users/me', { context: 'edit' })).data;
  return {
    api,
    client,
    user: {
      id: me.id,
      name: me.name ?? me.username ?? username,
      username: me.username ?? username,
      roles: me.roles ?? [],
      capabilities: Object.entries(me.capabilities ?? {})
        .filter(([, has]) => has === true)
        .map(([cap]) => cap)
        .sort(),
    },
  };
}
