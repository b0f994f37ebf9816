import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { ConnectSiteInput, SiteMetadata, SiteProfile } from '../../shared/contract/operations/sites';
import { UserFacingError } from '../../shared/contract/result';
import { connectToSite } from '../wordpress/connect';
import { detectSiteMetadata } from '../wordpress/site-metadata';
import { WordPressClient, type ClientOptions } from '../wordpress/wordpress-client';
import type { SecretStore } from '../secrets/secret-store';
import { SiteStore, type SiteRecord } from './site-store';

/** Electron's safeStorage backend when the OS offers no keyring: the secret is merely obfuscated. */
export const UNPROTECTED_BACKEND = 'basic_text';

const secretKey = (siteId: string) => `wordpress-site:${siteId}:application-password`;

export interface SiteServiceOptions {
  now?: () => number;
  /** Transport options for every client (tests pass a fetch that goes through the fault proxy). */
  client?: Omit<ClientOptions, 'apiRoot' | 'credentials'>;
}

/** Site profiles: the row in SQLite, the application password in the SecretStore only. */
export class SiteService {
  readonly store: SiteStore;
  private readonly now: () => number;

  constructor(
    db: Database,
    private readonly secrets: SecretStore,
    private readonly options: SiteServiceOptions = {},
  ) {
    this.store = new SiteStore(db);
    this.now = options.now ?? Date.now;
  }

  async secretStorage(): Promise<{ backend: string; protected: boolean }> {
    const backend = await this.secrets.backend();
    return { backend, protected: backend !== UNPROTECTED_BACKEND && (await this.secrets.isAvailable()) };
  }

  async list(): Promise<SiteProfile[]> {
    return Promise.all(this.store.list().map((site) => this.toProfile(site)));
  }

  /** Checks the address and the credentials against the site, and only then stores the profile and the password. */
  async connect(input: z.output<typeof ConnectSiteInput>): Promise<SiteProfile> {
    const existing = input.id ? this.store.get(input.id) : null;
    const id = existing?.id ?? randomUUID();
    this.store.assertNameFree(input.name, existing?.id);
    const typed = input.password?.replace(/\s+/g, '') ?? '';
    let password = typed;
    if (typed === '') {
      password = existing ? ((await this.secrets.get(secretKey(existing.id))) ?? '') : '';
      if (password === '') throw new UserFacingError('auth', 'Paste an application password (WordPress: Users → Profile → Application Passwords).');
    } else {
      const storage = await this.secretStorage();
      if (!storage.protected && !input.allowUnprotectedStorage) {
        throw new UserFacingError(
          'forbidden',
          'This computer has no keyring to protect the application password: it would be stored only obfuscated. Confirm that you accept this to store it anyway.',
        );
      }
    }
    const connection = await connectToSite(input.url, input.username, password, this.options.client);
    // Reported in the connection status; publishing and the checklist go by it.
    const metadata = await detectSiteMetadata(connection.client, connection.api.siteUrl);
    if (typed !== '') await this.secrets.set(secretKey(id), typed);
    const at = this.now();
    this.store.save(
      {
        id,
        name: input.name,
        url: connection.api.siteUrl,
        username: input.username,
        apiRoot: connection.api.apiRoot,
        wpVersion: connection.api.wpVersion,
        user: connection.user,
        connectedAt: at,
        metadata,
      },
      at,
    );
    return this.toProfile(this.store.get(id));
  }

  async delete(id: string): Promise<void> {
    this.store.get(id);
    this.store.delete(id);
    await this.secrets.delete(secretKey(id));
  }

  /** A signed-in client for a stored profile, or a readable error when its password is gone. */
  async client(siteId: string, extra: Partial<ClientOptions> = {}): Promise<{ site: SiteRecord; client: WordPressClient }> {
    const site = this.store.get(siteId);
    const password = await this.secrets.get(secretKey(siteId));
    if (!password) {
      throw new UserFacingError('auth', `Presswork has no application password for “${site.name}” any more. Open Sites and connect it again.`);
    }
    const client = new WordPressClient({ ...this.options.client, ...extra, apiRoot: site.apiRoot, credentials: { username: site.username, password } });
    return { site, client };
  }

  /** Looks at the site's metadata handling again (a plugin or theme may have changed) and stores it. */
  async refreshMetadata(siteId: string, client: WordPressClient): Promise<SiteMetadata> {
    const metadata = await detectSiteMetadata(client, this.store.get(siteId).url);
    this.store.setMetadata(siteId, metadata);
    return metadata;
  }

  /** The stored metadata; a profile connected before Presswork looked is looked at now. */
  async metadata(site: SiteRecord, client: WordPressClient): Promise<SiteMetadata> {
    return site.metadata ?? this.refreshMetadata(site.id, client);
  }

  private async toProfile(site: SiteRecord): Promise<SiteProfile> {
    return { ...site, hasPassword: (await this.secrets.get(secretKey(site.id))) !== null };
  }
}
