import type { Database, Statement } from 'better-sqlite3';
import { UserFacingError } from '../../shared/contract/result';
import { SiteMetadata, SiteUser } from '../../shared/contract/operations/sites';
import { col, rowMapping, type Row } from '../store/row-mapping';

export interface SiteRecord {
  id: string;
  name: string;
  url: string;
  username: string;
  apiRoot: string;
  wpVersion: string | null;
  user: SiteUser;
  connectedAt: number;
  lastSyncAt: number | null;
  metadata: SiteMetadata | null;
}

/** Stored metadata that no longer reads (an older shape) counts as not looked at yet: it is detected again. */
function readMetadata(value: unknown): SiteMetadata | null {
  if (typeof value !== 'string') return null;
  try {
    const parsed = SiteMetadata.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const sites = rowMapping<SiteRecord>({
  id: col.value(),
  name: col.value(),
  url: col.value(),
  username: col.value(),
  apiRoot: col.value(),
  wpVersion: col.value(),
  user: col.json((raw) => SiteUser.parse(raw), 'remote_user_json'),
  connectedAt: col.value(),
  lastSyncAt: col.value('synced_at'),
  metadata: col.of('metadata_json', readMetadata, (m) => (m === null ? null : JSON.stringify(m))),
});

const SELECT = `SELECT sites.*, site_sync_state.synced_at FROM sites LEFT JOIN site_sync_state ON site_sync_state.site_id = sites.id`;

/** Site profiles in SQLite: address, username and what Connect learnt. Never the password. */
export class SiteStore {
  private readonly all: Statement<[], Row>;
  private readonly byId: Statement<[string], Row>;
  private readonly byName: Statement<[string], { id: string }>;
  private readonly insert: Statement<[Row]>;
  private readonly update: Statement<[Row]>;
  private readonly remove: Statement<[string]>;
  private readonly cursorOf: Statement<[string], { at: string | null }>;
  private readonly recordSync: Statement<[string, string | null, number]>;
  private readonly updateMetadata: Statement<[string, string]>;

  constructor(private readonly db: Database) {
    this.all = db.prepare(`${SELECT} ORDER BY lower(sites.name)`);
    this.byId = db.prepare(`${SELECT} WHERE sites.id = ?`);
    this.byName = db.prepare(`SELECT id FROM sites WHERE name = ? COLLATE NOCASE`);
    const stored = sites.columns.filter((c) => c !== 'synced_at');
    this.insert = db.prepare(`INSERT INTO sites (${stored.join(', ')}, created_at, updated_at) VALUES (${stored.map((c) => `@${c}`).join(', ')}, @at, @at)`);
    this.update = db.prepare(`UPDATE sites SET ${stored.map((c) => `${c} = @${c}`).join(', ')}, updated_at = @at WHERE id = @id`);
    this.remove = db.prepare('DELETE FROM sites WHERE id = ?');
    this.cursorOf = db.prepare('SELECT posts_modified_gmt AS at FROM site_sync_state WHERE site_id = ?');
    this.recordSync = db.prepare(
      `INSERT INTO site_sync_state (site_id, posts_modified_gmt, synced_at) VALUES (?, ?, ?)
       ON CONFLICT (site_id) DO UPDATE SET posts_modified_gmt = excluded.posts_modified_gmt, synced_at = excluded.synced_at`,
    );
    this.updateMetadata = db.prepare('UPDATE sites SET metadata_json = ? WHERE id = ?');
  }

  list(): SiteRecord[] {
    return this.all.all().map(sites.read);
  }

  find(id: string): SiteRecord | null {
    const row = this.byId.get(id);
    return row ? sites.read(row) : null;
  }

  get(id: string): SiteRecord {
    const site = this.find(id);
    if (!site) throw new UserFacingError('not_found', 'That site profile no longer exists; add the site again under Sites.');
    return site;
  }

  /** Throws a readable error when another profile already has this name. */
  assertNameFree(name: string, exceptId?: string): void {
    const other = this.byName.get(name);
    if (other && other.id !== exceptId) throw new UserFacingError('conflict', `There is already a site called “${name}”. Choose another name.`);
  }

  save(site: Omit<SiteRecord, 'lastSyncAt'>, at: number): void {
    this.db
      .transaction(() => {
        this.assertNameFree(site.name, site.id);
        const row = { ...sites.write(site), at };
        if (this.update.run(row).changes === 0) this.insert.run(row);
      })
      .immediate();
  }

  /** The modified time (GMT) of the latest post the last sync brought in; null before the first. */
  syncCursor(id: string): string | null {
    return this.cursorOf.get(id)?.at ?? null;
  }

  synced(id: string, cursor: string | null, at: number): void {
    this.recordSync.run(id, cursor, at);
  }

  setMetadata(id: string, metadata: SiteMetadata): void {
    this.db.transaction(() => this.updateMetadata.run(JSON.stringify(metadata), id)).immediate();
  }

  delete(id: string): void {
    this.db.transaction(() => this.remove.run(id)).immediate();
  }
}
