import type { Database, Statement } from 'better-sqlite3';
import { errorMessage, UserFacingError } from '../../shared/contract/result';
import { bodyCaptions } from '../../shared/story/captions';
import { commonWordPairs, PAIR_MARK } from '../../shared/story/common-word-pairs';
import { ftsIndexQuery, ftsQuery, HIGHLIGHT_END, HIGHLIGHT_START, type LibraryView, type SearchHit } from '../../shared/story/library-schema';
import { bodyPlainText } from '../../shared/story/plain-text';
import { searchSnippet } from '../../shared/story/search-snippet';
import { BodyState } from '../../shared/story/story-schema';
import type { Row } from './row-mapping';
import type { StoryBodies } from './story-body';
import { LIST_COLUMNS, viewCondition, type RowMapper } from './story-library';

interface PendingRow {
  id: string;
  version: number;
  headline: string;
  standfirst: string;
  body_json: string;
}

/** How many of a query's most recent matches bm25 ranks; see the search statement. */
export const SEARCH_CANDIDATES = 500;

// The highlight markers and the pair mark must never come from the text itself.
const MARKERS = new RegExp(`[${HIGHLIGHT_START}${HIGHLIGHT_END}${PAIR_MARK}]`, 'g');
const clean = (s: string) => s.replace(MARKERS, ' ');

/**
 * Full-text search (FTS5, bm25). A save does not touch the index, which keeps the autosave
 * transaction small; the index catches up right after, in its own transaction, and always before a
 * search runs, so a search never misses a saved word.
 */
export class StorySearch {
  private readonly pending: Statement<[number], PendingRow>;
  private readonly upsert: Statement<[string, string, string, string, string, string, string, string, string]>;
  private readonly markIndexed: Statement<[number, string]>;
  private readonly textOf: Statement<[number], { headline: string; standfirst: string; body: string; captions: string }>;
  private readonly topByView = new Map<LibraryView, Statement<[string, number], { docid: number }>>();
  private readonly rowByDoc: Statement<[number], Row>;

  constructor(
    private readonly db: Database,
    private readonly mapRow: RowMapper,
    private readonly bodies: StoryBodies,
    /** Asks for the catch-up to run on idle after saves (the library's IdleWork). */
    private readonly afterSave: () => void,
  ) {
    this.pending = db.prepare(
      `SELECT id, version, headline, standfirst, body_json FROM stories WHERE search_version < version LIMIT ?`,
    );
    this.upsert = db.prepare(
      `INSERT INTO story_text (story_id, headline, standfirst, body, captions, headline_pairs, standfirst_pairs, body_pairs, captions_pairs)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (story_id) DO UPDATE SET headline = excluded.headline, standfirst = excluded.standfirst,
         body = excluded.body, captions = excluded.captions, headline_pairs = excluded.headline_pairs,
         standfirst_pairs = excluded.standfirst_pairs, body_pairs = excluded.body_pairs, captions_pairs = excluded.captions_pairs`,
    );
    this.markIndexed = db.prepare('UPDATE stories SET search_version = ? WHERE id = ?');
    this.textOf = db.prepare('SELECT headline, standfirst, body, captions FROM story_text WHERE docid = ?');
    for (const view of ['stories', 'spike', 'archive'] as const) {
      this.topByView.set(
        view,
        db.prepare(
          // CROSS JOIN keeps the index as the outer loop: the planner would otherwise walk every
          // story and probe the index once per row. bm25 is computed for the newest (first indexed)
          // SEARCH_CANDIDATES matches of the view only (the inner query walks the index newest
          // first and stops there): ranking every match of a common word or a short prefix cost
          // tens of milliseconds per keystroke at 100,000 stories. Fewer matches are all ranked.
          // stories_view answers the view's condition without reading the story row (0025).
          `SELECT docid FROM (
             SELECT f.rowid AS docid, f.rank AS score FROM story_search f
             CROSS JOIN story_text t ON t.docid = f.rowid CROSS JOIN stories s INDEXED BY stories_view ON s.id = t.story_id
             WHERE story_search MATCH ? AND ${viewCondition(view)}
             ORDER BY f.rowid DESC LIMIT ${SEARCH_CANDIDATES}
           ) ORDER BY score, docid DESC LIMIT ?`,
        ),
      );
    }
    this.rowByDoc = db.prepare(`SELECT ${LIST_COLUMNS} FROM story_text t JOIN stories s ON s.id = t.story_id WHERE t.docid = ?`);
  }

  /** Indexes every story saved since it was last indexed; returns how many were. */
  catchUp(batch = 200): number {
    let total = 0;
    for (;;) {
      const done = this.db
        .transaction(() => {
          const rows = this.pending.all(batch);
          for (const row of rows) {
            const parsed = BodyState.safeParse(this.readBody(row));
            const body = parsed.success ? parsed.data : null;
            const text = [clean(row.headline), clean(row.standfirst), body ? clean(bodyPlainText(body)) : '', body ? clean(bodyCaptions(body)) : ''] as const;
            this.upsert.run(row.id, ...text, ...(text.map(commonWordPairs) as [string, string, string, string]));
            this.markIndexed.run(row.version, row.id);
          }
          return rows.length;
        })
        .immediate();
      total += done;
      if (done < batch) return total;
    }
  }

  private readBody(row: PendingRow): unknown {
    try {
      return this.bodies.read(row.id, row.body_json);
    } catch {
      // An unreadable body is indexed by its headline and standfirst; opening it reports the damage.
      return null;
    }
  }

  /** Asks for a catch-up soon, off the path of the save that changed the story. */
  schedule(): void {
    this.afterSave();
  }

  search(input: string, view: LibraryView, limit: number): SearchHit[] {
    const match = ftsQuery(input);
    const indexMatch = ftsIndexQuery(input);
    if (match === null || indexMatch === null) return [];
    this.catchUp();
    let docs: { docid: number }[];
    try {
      docs = this.topByView.get(view)!.all(indexMatch, limit);
    } catch (error) {
      throw new UserFacingError('invalid_input', `That search could not be run (${errorMessage(error)}).`);
    }
    return docs.map(({ docid }) => {
      const row = this.rowByDoc.get(docid)!;
      const text = this.textOf.get(docid)!;
      const snippet = searchSnippet(match, [text.body, text.standfirst, text.captions, text.headline]);
      return { ...this.mapRow(row), snippet };
    });
  }
}
