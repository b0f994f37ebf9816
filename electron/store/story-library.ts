import type { Database, Statement } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { UserFacingError } from '../../shared/contract/result';
import { LibraryQuery, type LibraryPage, type LibraryRow, type LibraryView } from '../../shared/story/library-schema';
import { LIVE_SITE_STATUSES } from '../../shared/story/status-vocabulary';
import { HEADLINE_MAX, type StoryStatus } from '../../shared/story/story-schema';
import { col, rowMapping, type Row } from './row-mapping';
import { StoryBodies } from './story-body';

export type RowMapper = (row: Row) => LibraryRow;

/** hasUnpublishedChanges (shared/story/status-vocabulary) in SQL: a live post of the story made from another version. */
const UNPUBLISHED_CHANGES_SQL = `EXISTS (SELECT 1 FROM story_remote r WHERE r.story_id = s.id
   AND r.remote_status IN (${LIVE_SITE_STATUSES.map((st) => `'${st}'`).join(', ')}) AND r.synced_version <> s.version)`;

/** The columns a library row needs, over `stories` aliased `s`; section names come joined by U+001F. */
export const LIST_COLUMNS = `s.id, s.headline, s.status, s.byline_json, s.updated_at, s.word_count, s.tk_count, s.site, s.archived_at,
  (SELECT group_concat(sc.name, char(31) ORDER BY ss.position) FROM story_sections ss JOIN sections sc ON sc.id = ss.section_id
   WHERE ss.story_id = s.id) AS section_names,
  ${UNPUBLISHED_CHANGES_SQL} AS unpublished_changes`;

/** A library row from LIST_COLUMNS. */
const libraryRows = rowMapping<LibraryRow>({
  id: col.value(),
  headline: col.value(),
  status: col.value(),
  sections: col.of('section_names', (v) => (v ? String(v).split('\u001f') : []), (names) => names.join('\u001f')),
  byline: col.json((raw) => raw as string[], 'byline_json'),
  updatedAt: col.value(),
  wordCount: col.value(),
  tkCount: col.value(),
  site: col.value(),
  archivedAt: col.value(),
  unpublishedChanges: col.flag(),
});

/** The SQL condition of each library view, over `stories` aliased `s`. Fixed text: no values. */
export function viewCondition(view: LibraryView): string {
  if (view === 'spike') return `s.status = 'spiked'`;
  if (view === 'archive') return `s.status != 'spiked' AND s.archived_at IS NOT NULL`;
  return `s.status != 'spiked' AND s.archived_at IS NULL`;
}

const SORTS = {
  updated: { key: 's.updated_at', field: 'updatedAt', descending: true },
  headline: { key: 's.headline COLLATE NOCASE', field: 'headline', descending: false },
  words: { key: 's.word_count', field: 'wordCount', descending: true },
} as const;

const FILTERS = {
  status: 's.status = ?',
  // Both keep the list's sort index in charge, so a page stops after `limit` rows instead of
  // collecting and sorting every story of a big section or a prolific author. A section is probed
  // per story walked: an IN list first gathered every story id of the section (20,000 for a big
  // one at 100,000 stories, 10 ms). An author's stories are few enough to gather (the unary +
  // keeps the planner from driving the page from them); probing was slower there.
  section: `EXISTS (SELECT 1 FROM story_sections ss WHERE ss.story_id = s.id AND ss.section_id IN (
      WITH RECURSIVE tree(id) AS (SELECT ? UNION SELECT c.id FROM sections c JOIN tree ON c.parent_id = tree.id)
      SELECT id FROM tree))`,
  author: '+s.id IN (SELECT story_id FROM story_authors WHERE name = ? COLLATE NOCASE)',
  site: 's.site = ?',
  hasTks: 's.tk_count > 0',
} as const;

/** The section and author filters as lists of story ids to look up, for counts (see query). */
const SECTION_IDS = `s.id IN (SELECT story_id FROM story_sections WHERE section_id IN (
    WITH RECURSIVE tree(id) AS (SELECT ? UNION SELECT c.id FROM sections c JOIN tree ON c.parent_id = tree.id)
    SELECT id FROM tree))`;
const AUTHOR_IDS = 's.id IN (SELECT story_id FROM story_authors WHERE name = ? COLLATE NOCASE)';
/** The site and TK filters the same way, from their partial indexes. */
const SITE_IDS = 's.id IN (SELECT id FROM stories INDEXED BY stories_by_site WHERE site = ?)';
const TK_IDS = 's.id IN (SELECT id FROM stories INDEXED BY stories_with_tks WHERE tk_count > 0)';
const COUNT_FORM: ReadonlyMap<string, string> = new Map([
  [FILTERS.section, SECTION_IDS],
  [FILTERS.author, AUTHOR_IDS],
  [FILTERS.site, SITE_IDS],
  [FILTERS.hasTks, TK_IDS],
]);

type Param = string | number;

/**
 * The library list: filtered, sorted, keyset-paged so every page costs the same at 100,000 stories;
 * and the story lifecycle (duplicate, spike, restore, archive, delete).
 */
export class StoryLibrary {
  private readonly statements = new Map<string, Statement<Param[], Row>>();
  private readonly statusOf: Statement<[string], { status: StoryStatus; archived_at: number | null }>;
  private readonly rowById: Statement<[string], Row>;

  constructor(
    private readonly db: Database,
    private readonly now: () => number = Date.now,
    private readonly bodies: StoryBodies = new StoryBodies(db),
  ) {
    this.statusOf = db.prepare('SELECT status, archived_at FROM stories WHERE id = ?');
    this.rowById = db.prepare(`SELECT ${LIST_COLUMNS} FROM stories s WHERE s.id = ?`);
  }

  readonly mapRow: RowMapper = libraryRows.read;

  query(input: LibraryQuery): LibraryPage {
    const q = LibraryQuery.parse(input);
    const sort = SORTS[q.sort];
    const where: string[] = [viewCondition(q.filter.view)];
    const params: Param[] = [];
    if (q.filter.status !== null) {
      where.push(FILTERS.status);
      params.push(q.filter.status);
    }
    if (q.filter.sectionId !== null) {
      where.push(FILTERS.section);
      params.push(q.filter.sectionId);
    }
    if (q.filter.author) {
      where.push(FILTERS.author);
      params.push(q.filter.author);
    }
    if (q.filter.site) {
      where.push(FILTERS.site);
      params.push(q.filter.site);
    }
    if (q.filter.hasTks) where.push(FILTERS.hasTks);

    let total: number | null = null;
    if (q.withTotal) {
      // A count visits every story of the view. Every condition is answered from stories_view (id,
      // status, archived_at) and the story ids of a section, an author, a site or the stories with
      // TKs, never touching a story row, whose status sits behind the body's overflow pages: 70–250
      // ms per count at 100,000 stories otherwise.
      const countWhere = where.map((w) => COUNT_FORM.get(w) ?? w);
      const count = this.prepare(`SELECT count(*) AS n FROM stories s INDEXED BY stories_view WHERE ${countWhere.join(' AND ')}`);
      total = (count.get(...params) as { n: number }).n;
    }

    const pageWhere = [...where];
    const pageParams = [...params];
    if (q.after) {
      pageWhere.push(`(${sort.key}, s.id) ${sort.descending ? '<' : '>'} (?, ?)`);
      pageParams.push(q.after.key, q.after.id);
    }
    const dir = sort.descending ? 'DESC' : 'ASC';
    const page = this.prepare(
      `SELECT ${LIST_COLUMNS}
       FROM stories s WHERE ${pageWhere.join(' AND ')} ORDER BY ${sort.key} ${dir}, s.id ${dir} LIMIT ?`,
    );
    const rows = page.all(...pageParams, q.limit + 1);
    const more = rows.length > q.limit;
    const shown = rows.slice(0, q.limit).map(this.mapRow);
    const last = shown[shown.length - 1];
    return {
      rows: shown,
      next: more && last ? { key: last[sort.field], id: last.id } : null,
      total,
    };
  }

  /** A new draft with the same text and fields; its slug is left to be derived again. */
  duplicate(id: string): string {
    const copy = randomUUID();
    const at = this.now();
    this.db
      .transaction(() => {
        const done = this.db
          .prepare(
            `INSERT INTO stories (id, headline, body_json, word_count, tk_count, standfirst, byline_json, tags_json,
               featured_image_id, seo_title, meta_description, site, created_at, updated_at)
             SELECT ?, substr(headline || ' (copy)', 1, ${HEADLINE_MAX}), body_json, word_count, tk_count, standfirst, byline_json,
               tags_json, featured_image_id, seo_title, meta_description, site, ?, ? FROM stories WHERE id = ?`,
          )
          .run(copy, at, at, id);
        if (done.changes !== 1) throw new UserFacingError('not_found', 'That story is no longer in the library.');
        this.bodies.copy(id, copy);
        this.db.prepare('INSERT INTO story_sections (story_id, section_id, position) SELECT ?, section_id, position FROM story_sections WHERE story_id = ?').run(copy, id);
        this.db.prepare('INSERT INTO story_authors (story_id, position, name) SELECT ?, position, name FROM story_authors WHERE story_id = ?').run(copy, id);
      })
      .immediate();
    return copy;
  }

  row(id: string): LibraryRow {
    const raw = this.rowById.get(id);
    if (!raw) throw new UserFacingError('not_found', 'That story is no longer in the library.');
    return this.mapRow(raw);
  }

  status(id: string): StoryStatus {
    const row = this.statusOf.get(id);
    if (!row) throw new UserFacingError('not_found', 'That story is no longer in the library.');
    return row.status;
  }

  /** Moves a story to the Spike view, remembering where it was; returns the status it had. */
  writeSpike(id: string): StoryStatus {
    const from = this.status(id);
    if (from === 'spiked') throw new UserFacingError('conflict', 'That story is already on the spike.');
    this.db.prepare(`UPDATE stories SET spiked_from = status, status = 'spiked' WHERE id = ?`).run(id);
    return from;
  }

  /** Takes a story off the spike, back to the status it had; returns that status. */
  writeRestore(id: string): StoryStatus {
    if (this.status(id) !== 'spiked') throw new UserFacingError('conflict', 'That story is not on the spike.');
    const row = this.db.prepare('SELECT spiked_from FROM stories WHERE id = ?').get(id) as { spiked_from: StoryStatus | null };
    const to = row.spiked_from ?? 'draft';
    this.db.prepare('UPDATE stories SET status = ?, spiked_from = NULL WHERE id = ?').run(to, id);
    return to;
  }

  setArchived(id: string, archived: boolean): void {
    this.db
      .transaction(() => {
        this.status(id);
        this.db.prepare('UPDATE stories SET archived_at = ? WHERE id = ?').run(archived ? this.now() : null, id);
      })
      .immediate();
  }

  /** Deletes for good; only a spiked story, and only when the caller confirmed twice. */
  deleteForever(id: string): void {
    this.db
      .transaction(() => {
        if (this.status(id) !== 'spiked') throw new UserFacingError('conflict', 'Only a spiked story can be deleted. Spike it first.');
        this.db.prepare('DELETE FROM stories WHERE id = ?').run(id);
      })
      .immediate();
  }

  private prepare(sql: string): Statement<Param[], Row> {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }
}
