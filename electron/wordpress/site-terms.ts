import type { Database, Statement } from 'better-sqlite3';
import { SiteError } from './site-error';
import { readRemoteAuthor, readRemoteTerm, type RemoteAuthor, type RemoteTerm } from './remote-term-reading';
import type { WordPressClient } from './wordpress-client';

export type { RemoteAuthor, RemoteTerm };

export type Taxonomy = 'category' | 'post_tag';
const ROUTE: Record<Taxonomy, string> = { category: '/wp/v2/categories', post_tag: '/wp/v2/tags' };

interface TermRow {
  remote_id: number;
  name: string;
  parent_remote_id: number;
}


/** Categories, tags and authors of one site as last seen, and creating the missing ones (term_exists is an answer, not an error). */
export class SiteTerms {
  private readonly byName: Statement<[string, Taxonomy, string, number], TermRow>;
  private readonly upsert: Statement;
  private readonly nameOf: Statement<[string, Taxonomy, number], { name: string }>;
  private readonly upsertAuthor: Statement<[string, number, string, string]>;
  private readonly authorName: Statement<[string, number], { name: string }>;
  private readonly authorByName: Statement<[string, string], { remote_id: number }>;

  constructor(private readonly db: Database) {
    this.byName = db.prepare(
      `SELECT remote_id, name, parent_remote_id FROM site_terms WHERE site_id = ? AND taxonomy = ? AND name = ? COLLATE NOCASE AND parent_remote_id = ?`,
    );
    this.upsert = db.prepare(
      `INSERT INTO site_terms (site_id, taxonomy, remote_id, name, slug, parent_remote_id) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (site_id, taxonomy, remote_id) DO UPDATE SET name = excluded.name, slug = excluded.slug, parent_remote_id = excluded.parent_remote_id`,
    );
    this.nameOf = db.prepare('SELECT name FROM site_terms WHERE site_id = ? AND taxonomy = ? AND remote_id = ?');
    this.upsertAuthor = db.prepare(
      `INSERT INTO site_authors (site_id, remote_id, name, slug) VALUES (?, ?, ?, ?)
       ON CONFLICT (site_id, remote_id) DO UPDATE SET name = excluded.name, slug = excluded.slug`,
    );
    this.authorName = db.prepare('SELECT name FROM site_authors WHERE site_id = ? AND remote_id = ?');
    this.authorByName = db.prepare('SELECT remote_id FROM site_authors WHERE site_id = ? AND name = ? COLLATE NOCASE');
  }

  remember(siteId: string, taxonomy: Taxonomy, term: RemoteTerm): void {
    this.upsert.run(siteId, taxonomy, term.id, term.name, term.slug, term.parent ?? 0);
  }

  /** The name of a term as last seen. */
  name(siteId: string, taxonomy: Taxonomy, remoteId: number): string | null {
    return this.nameOf.get(siteId, taxonomy, remoteId)?.name ?? null;
  }

  rememberAuthor(siteId: string, author: RemoteAuthor): void {
    this.upsertAuthor.run(siteId, author.id, author.name, author.slug);
  }

  /** The name of one of the site's users as last seen. */
  authorNameOf(siteId: string, remoteId: number): string | null {
    return this.authorName.get(siteId, remoteId)?.name ?? null;
  }

  /** The site's user with this name (any case), as the post's author. */
  authorIdOf(siteId: string, name: string): number | null {
    return this.authorByName.get(siteId, name)?.remote_id ?? null;
  }

  /**
   * The site's user called `name` (any case): as last synced, else asked of the site (the site's
   * users search their logins and display names), so a byline matches before any sync has run.
   */
  async findAuthor(client: WordPressClient, siteId: string, name: string): Promise<number | null> {
    const known = this.authorIdOf(siteId, name);
    if (known !== null) return known;
    let found: RemoteAuthor | undefined;
    try {
      const res = await client.get<unknown>('/wp/v2/users', { search: name, per_page: 20, context: 'view', _fields: 'id,name,slug' });
      found = (Array.isArray(res.data) ? res.data : []).map(readRemoteAuthor).find((a): a is RemoteAuthor => a !== null && a.name.toLowerCase() === name.toLowerCase());
    } catch (error) {
      // A site that hides its users from this account: no match, as on a site without that user.
      if (error instanceof SiteError && !error.retryable) return null;
      throw error;
    }
    if (!found) return null;
    this.db.transaction(() => this.rememberAuthor(siteId, found)).immediate();
    return found.id;
  }

  /** The remote id of the term called `name` (under `parent` for categories), created on the site when missing. */
  async ensure(client: WordPressClient, siteId: string, taxonomy: Taxonomy, name: string, parent = 0): Promise<number> {
    const known = this.byName.get(siteId, taxonomy, name.trim(), parent);
    if (known) return known.remote_id;
    const body: Record<string, unknown> = { name: name.trim() };
    if (taxonomy === 'category') body.parent = parent;
    try {
      // Creating a term twice is harmless (WordPress answers term_exists), so it may be retried.
      const created = readRemoteTerm((await client.request<unknown>('POST', ROUTE[taxonomy], { json: body, idempotent: true })).data);
      if (!created) throw new SiteError('rejected', `The site created the ${taxonomy === 'category' ? 'section' : 'tag'} "${name.trim()}" but answered without its id. Try again.`);
      this.db.transaction(() => this.remember(siteId, taxonomy, created)).immediate();
      return created.id;
    } catch (error) {
      if (error instanceof SiteError && error.remoteCode === 'term_exists') {
        const found = await this.lookup(client, siteId, taxonomy, name.trim(), parent);
        if (found !== null) return found;
      }
      throw error;
    }
  }

  private async lookup(client: WordPressClient, siteId: string, taxonomy: Taxonomy, name: string, parent: number): Promise<number | null> {
    const query: Record<string, string | number> = { search: name, per_page: 100, context: 'edit' };
    if (taxonomy === 'category') query.parent = parent;
    const res = await client.get<unknown>(ROUTE[taxonomy], query);
    const terms = Array.isArray(res.data) ? res.data.map(readRemoteTerm).filter((t): t is RemoteTerm => t !== null) : [];
    const match = terms.find((t) => t.name.toLowerCase() === name.toLowerCase());
    if (!match) return null;
    this.db.transaction(() => this.remember(siteId, taxonomy, match)).immediate();
    return match.id;
  }
}

/** WordPress returns term names HTML-escaped (&amp;) even in the edit context. */
