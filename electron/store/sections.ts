import type { Database, Statement } from 'better-sqlite3';
import { UserFacingError } from '../../shared/contract/result';
import type { Section } from '../../shared/story/section-schema';
import { col, rowMapping, type Row } from './row-mapping';

const sections = rowMapping<Section>({ id: col.value(), parentId: col.value(), name: col.value(), site: col.value() });

/** A section as a site's category: the site and the category's id there (null for local sections). */
export interface SectionLink {
  parentId: number | null;
  name: string;
  site: string | null;
  remoteId: number | null;
}
const links = rowMapping<SectionLink>({ parentId: col.value(), name: col.value(), site: col.value(), remoteId: col.value() });

/** The local section (category) tree; the publishing capability's sync fills it per site. */
export class SectionStore {
  private readonly all: Statement<[], Row>;
  private readonly byId: Statement<[number], Row>;
  private readonly insert: Statement<[number | null, string, number]>;
  private readonly linkOf: Statement<[number], Row>;
  private readonly byRemote: Statement<[string, number], { id: number }>;
  private readonly insertMirrored: Statement<[number | null, string, string, number, number]>;
  private readonly updateMirrored: Statement<[number | null, string, number]>;

  constructor(
    private readonly db: Database,
    private readonly now: () => number = Date.now,
  ) {
    this.all = db.prepare('SELECT id, parent_id, name, site FROM sections ORDER BY lower(name), id');
    this.byId = db.prepare('SELECT id, parent_id, name, site FROM sections WHERE id = ?');
    this.insert = db.prepare('INSERT INTO sections (parent_id, name, created_at) VALUES (?, ?, ?)');
    this.linkOf = db.prepare('SELECT parent_id, name, site, remote_id FROM sections WHERE id = ?');
    this.byRemote = db.prepare('SELECT id FROM sections WHERE site = ? AND remote_id = ?');
    this.insertMirrored = db.prepare('INSERT INTO sections (parent_id, name, site, remote_id, created_at) VALUES (?, ?, ?, ?, ?)');
    this.updateMirrored = db.prepare('UPDATE sections SET parent_id = ?, name = ? WHERE id = ?');
  }

  list(): Section[] {
    return this.all.all().map(sections.read);
  }

  create(name: string, parentId: number | null): Section {
    return this.db
      .transaction((): Section => {
        if (parentId !== null && !this.byId.get(parentId)) throw new UserFacingError('not_found', 'The parent section no longer exists.');
        try {
          const id = Number(this.insert.run(parentId, name.trim(), this.now()).lastInsertRowid);
          return sections.read(this.byId.get(id)!);
        } catch (error) {
          if (error instanceof Error && /UNIQUE/.test(error.message)) {
            throw new UserFacingError('conflict', `There is already a section called “${name.trim()}” there.`);
          }
          throw error;
        }
      })
      .immediate();
  }

  /** Throws a readable error naming how many of the ids are unknown. */
  assertExist(ids: readonly number[]): void {
    const missing = ids.filter((id) => !this.byId.get(id));
    if (missing.length > 0) throw new UserFacingError('not_found', 'One of the chosen sections no longer exists; pick the sections again.');
  }

  /** The section mirroring a category of a site, if sync made one. */
  mirrorOf(site: string, remoteId: number): number | null {
    return this.byRemote.get(site, remoteId)?.id ?? null;
  }

  /** Makes or renames the section that mirrors a category of a site. */
  mirror(site: string, remoteId: number, parentId: number | null, name: string): void {
    const existing = this.mirrorOf(site, remoteId);
    if (existing !== null) this.updateMirrored.run(parentId, name, existing);
    else this.insertMirrored.run(parentId, name, site, remoteId, this.now());
  }

  /** The section and its ancestors, the root first; an id in a loop ends the chain. */
  chain(id: number): SectionLink[] {
    const chain: SectionLink[] = [];
    const seen = new Set<number>();
    let at: number | null = id;
    while (at !== null && !seen.has(at)) {
      seen.add(at);
      const row = this.linkOf.get(at);
      if (!row) throw new UserFacingError('not_found', 'One of the story’s sections no longer exists; pick its sections again.');
      const link = links.read(row);
      chain.unshift(link);
      at = link.parentId;
    }
    return chain;
  }
}
