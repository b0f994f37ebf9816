import type { Database, Statement } from 'better-sqlite3';
import { UserFacingError } from '../../shared/contract/result';
import type { Section } from '../../shared/story/section-schema';

interface SectionRow {
  id: number;
  parent_id: number | null;
  name: string;
  site: string | null;
}

/** The local section (category) tree; the publishing capability's sync fills it per site. */
export class SectionStore {
  private readonly all: Statement<[], SectionRow>;
  private readonly byId: Statement<[number], SectionRow>;
  private readonly insert: Statement<[number | null, string, number]>;

  constructor(
    private readonly db: Database,
    private readonly now: () => number = Date.now,
  ) {
    this.all = db.prepare('SELECT id, parent_id, name, site FROM sections ORDER BY lower(name), id');
    this.byId = db.prepare('SELECT id, parent_id, name, site FROM sections WHERE id = ?');
    this.insert = db.prepare('INSERT INTO sections (parent_id, name, created_at) VALUES (?, ?, ?)');
  }

  list(): Section[] {
    return this.all.all().map(toSection);
  }

  create(name: string, parentId: number | null): Section {
    return this.db
      .transaction((): Section => {
        if (parentId !== null && !this.byId.get(parentId)) throw new UserFacingError('not_found', 'The parent section no longer exists.');
        try {
          const id = Number(this.insert.run(parentId, name.trim(), this.now()).lastInsertRowid);
          return toSection(this.byId.get(id)!);
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
}

const toSection = (row: SectionRow): Section => ({ id: row.id, parentId: row.parent_id, name: row.name, site: row.site });
