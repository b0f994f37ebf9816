import type { Database, Statement } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { UserFacingError } from '../../shared/contract/result';
import { bodyPlainText, countWords } from '../../shared/story/plain-text';
import {
  BodyState,
  emptyBody,
  type SaveStoryInput,
  type SaveStoryResult,
  type Story,
  type StoryFields,
  type StoryStatus,
  type StorySummary,
} from '../../shared/story/story-schema';
import { countTks } from '../../shared/story/tk';
import type { RevisionStore } from './revisions';
import type { SectionStore } from './sections';
import { col, rowMapping, type Row } from './row-mapping';
import { splitBody, StoryBodies, type StoredBody } from './story-body';

/** The story columns besides its body and its fields. */
const storyColumns = rowMapping<Omit<Story, 'body' | 'fields'>>({
  id: col.value(),
  headline: col.value(),
  status: col.value(),
  wordCount: col.value(),
  updatedAt: col.value(),
  createdAt: col.value(),
  version: col.value(),
  tkCount: col.value(),
  site: col.value(),
  archivedAt: col.value(),
});

/** The fields' columns; sections live in story_sections. */
const fieldColumns = rowMapping<Omit<StoryFields, 'sectionIds'>>({
  standfirst: col.value(),
  byline: col.json((raw) => raw as string[], 'byline_json'),
  slug: col.value(),
  tags: col.json((raw) => raw as string[], 'tags_json'),
  featuredImageId: col.value(),
  seoTitle: col.value(),
  metaDescription: col.value(),
  scheduledAt: col.value(),
});

const summaries = rowMapping<StorySummary>({ id: col.value(), headline: col.value(), status: col.value(), wordCount: col.value(), updatedAt: col.value() });

/** The story columns a save may change besides its body, time and version. */
const CHANGEABLE_COLUMNS = ['headline', 'word_count', 'tk_count', ...fieldColumns.columns];

/** What a save computes from the input before it touches the database. */
interface Derived {
  body: StoredBody;
  words: number;
  tks: number;
}

/** The stories table, through prepared statements only. */
export class StoryStore {
  private readonly insert: Statement<[string, string, number, number]>;
  private readonly savedColumns: Statement<[string], Row & { body_json: string }>;
  private readonly updates = new Map<string, Statement<unknown[], { version: number; status: StoryStatus }>>();
  private readonly authorsOf: Statement<[string], { name: string }>;
  private readonly byId: Statement<[string], Row & { body_json: string }>;
  private readonly sectionsOf: Statement<[string], { section_id: number }>;
  private readonly page: Statement<[number, number], Row>;
  private readonly clearSections: Statement<[string]>;
  private readonly addSection: Statement<[string, number, number]>;
  private readonly clearAuthors: Statement<[string]>;
  private readonly addAuthor: Statement<[string, number, string]>;
  private readonly statusUpdate: Statement<[StoryStatus, number, string]>;

  constructor(
    private readonly db: Database,
    private readonly now: () => number = Date.now,
    private readonly sections?: SectionStore,
    private readonly revisions?: RevisionStore,
    readonly bodies: StoryBodies = new StoryBodies(db),
  ) {
    this.insert = db.prepare(
      `INSERT INTO stories (id, headline, body_json, word_count, created_at, updated_at)
       VALUES (?, '', ?, 0, ?, ?)`,
    );
    this.savedColumns = db.prepare(`SELECT ${CHANGEABLE_COLUMNS.join(', ')}, body_json FROM stories WHERE id = ?`);
    this.authorsOf = db.prepare('SELECT name FROM story_authors WHERE story_id = ? ORDER BY position');
    this.byId = db.prepare(`SELECT * FROM stories WHERE id = ?`);
    this.sectionsOf = db.prepare('SELECT section_id FROM story_sections WHERE story_id = ? ORDER BY position');
    this.page = db.prepare(
      `SELECT id, headline, status, word_count, updated_at FROM stories
       ORDER BY updated_at DESC, id LIMIT ? OFFSET ?`,
    );
    this.clearSections = db.prepare('DELETE FROM story_sections WHERE story_id = ?');
    this.addSection = db.prepare('INSERT INTO story_sections (story_id, section_id, position) VALUES (?, ?, ?)');
    this.clearAuthors = db.prepare('DELETE FROM story_authors WHERE story_id = ?');
    this.addAuthor = db.prepare('INSERT INTO story_authors (story_id, position, name) VALUES (?, ?, ?)');
    this.statusUpdate = db.prepare('UPDATE stories SET status = ?, updated_at = ? WHERE id = ?');
  }

  create(): Story {
    const id = randomUUID();
    const at = this.now();
    const body = splitBody(emptyBody());
    this.db
      .transaction(() => {
        this.insert.run(id, body.skeletonJson, at, at);
        this.bodies.write(id, body.blocks);
      })
      .immediate();
    return this.get(id);
  }

  get(id: string): Story {
    const row = this.byId.get(id);
    if (!row) throw new UserFacingError('not_found', 'That story is no longer in the library.');
    return this.toStory(row);
  }

  /** The story as a revision snapshot. */
  snapshot(id: string) {
    const story = this.get(id);
    return { headline: story.headline, body: story.body, fields: story.fields, status: story.status, wordCount: story.wordCount };
  }

  exists(id: string): boolean {
    return this.byId.get(id) !== undefined;
  }

  list(limit: number, offset: number): StorySummary[] {
    return this.page.all(limit, offset).map(summaries.read);
  }

  /** The status a site gave the story (a publish, a sync); the copy desk's own moves go through CopyDesk. */
  setStatus(id: string, status: StoryStatus): void {
    this.statusUpdate.run(status, this.now(), id);
  }

  save(input: SaveStoryInput): SaveStoryResult {
    const derived = derive(input);
    const at = this.now();
    if (input.fields) this.sections?.assertExist(input.fields.sectionIds);
    return this.db.transaction((): SaveStoryResult => this.writeSave(input, derived, at)).immediate();
  }

  /** The save's writes, for callers that already hold a transaction. */
  writeSave(input: SaveStoryInput, derived: Derived, at: number, autosaveRevision = true): SaveStoryResult {
    // A save inside the open autosave revision's five minutes only marks it due (see
    // RevisionStore.folds); any other save first writes what was due, from the row it replaces.
    const folds = autosaveRevision && this.revisions !== undefined && this.revisions.folds(input.id, at);
    if (!folds) this.revisions?.flush(input.id);
    const due = folds ? at : null;
    const { body, words, tks } = derived;
    const bodyJson = body.skeletonJson;
    let values: Row = { headline: input.headline, word_count: words, tk_count: tks };
    let links: { sectionIds: number[]; byline: string[] } | null = null;
    if (input.fields) {
      const f = input.fields;
      const byline = f.byline.map((n) => n.trim());
      values = { ...values, ...fieldColumns.write({ ...f, byline, tags: f.tags.map((t) => t.trim()) }) };
      links = { sectionIds: [...new Set(f.sectionIds)], byline };
    }
    const row = this.updateChanged(input.id, values, bodyJson, at, due);
    if (!row) throw new UserFacingError('not_found', 'That story is no longer in the library; copy your text before closing it.');
    if (links) this.writeLinks(input.id, links.sectionIds, links.byline);
    this.bodies.write(input.id, body.blocks, row.previousBodyJson);
    if (autosaveRevision && !folds && this.revisions) {
      const fields = input.fields ?? this.fieldsOf(input.id, this.byId.get(input.id)!);
      this.revisions.writeAutosave(input.id, { headline: input.headline, body: input.body, fields, status: row.status, wordCount: derived.words }, at);
    }
    return { id: input.id, version: row.version, savedAt: at };
  }

  /**
   * One UPDATE of the body, the save's time and version, and only those other columns whose values
   * differ from the row's. SQLite rewrites an index entry for every column named in SET, changed or
   * not: an autosave that named the unchanged headline rewrote three headline indexes' pages (and
   * an unchanged featured image fired its media-usage trigger). One statement is prepared per set
   * of changed columns, from the fixed column list, never from values. Answers the body_json it
   * replaced too, which names the story's stored blocks (see StoryBodies.write).
   */
  private updateChanged(
    id: string,
    values: Row,
    bodyJson: string,
    at: number,
    due: number | null,
  ): { version: number; status: StoryStatus; previousBodyJson: string } | undefined {
    const saved = this.savedColumns.get(id);
    if (!saved) return undefined;
    const changed = CHANGEABLE_COLUMNS.filter((c) => c in values && values[c] !== saved[c]);
    const key = changed.join(',');
    let statement = this.updates.get(key);
    if (!statement) {
      const set = ['body_json = ?', 'updated_at = ?', 'version = version + 1', 'revision_due = ?', ...changed.map((c) => `${c} = ?`)];
      statement = this.db.prepare(`UPDATE stories SET ${set.join(', ')} WHERE id = ? RETURNING version, status`);
      this.updates.set(key, statement);
    }
    const row = statement.get(bodyJson, at, due, ...changed.map((c) => values[c] ?? null), id);
    return row && { ...row, previousBodyJson: saved.body_json };
  }

  /**
   * The story's sections and authors, rewritten only when they changed: every save carries them,
   * and deleting and inserting the same rows would dirty their tables' and indexes' pages for
   * nothing on each autosave.
   */
  private writeLinks(id: string, sectionIds: readonly number[], byline: readonly string[]): void {
    const sections = this.sectionsOf.all(id).map((r) => r.section_id);
    if (sections.length !== sectionIds.length || sections.some((s, i) => s !== sectionIds[i])) {
      this.clearSections.run(id);
      sectionIds.forEach((sectionId, i) => this.addSection.run(id, sectionId, i));
    }
    const authors = this.authorsOf.all(id).map((r) => r.name);
    if (authors.length !== byline.length || authors.some((a, i) => a !== byline[i])) {
      this.clearAuthors.run(id);
      byline.forEach((name, i) => this.addAuthor.run(id, i, name));
    }
  }

  private fieldsOf(id: string, row: Row): StoryFields {
    return { ...fieldColumns.read(row), sectionIds: this.sectionsOf.all(id).map((s) => s.section_id) };
  }

  private toStory(row: Row & { body_json: string }): Story {
    const story = storyColumns.read(row);
    const parsed = BodyState.safeParse(this.bodies.read(story.id, row.body_json));
    if (!parsed.success) throw new UserFacingError('storage', 'This story’s saved body could not be read; restore it from its history.');
    return { ...story, body: parsed.data, fields: this.fieldsOf(story.id, row) };
  }
}

/** Text, counts and JSON of a save: computed outside the transaction so the write lock is held briefly. */
export function derive(input: Pick<SaveStoryInput, 'headline' | 'body'> & { fields?: Pick<StoryFields, 'standfirst'> }): Derived {
  const text = bodyPlainText(input.body);
  const standfirst = input.fields?.standfirst ?? '';
  return {
    body: splitBody(input.body),
    // The body's words, as the editor counts them: the headline and standfirst are not copy.
    words: countWords(text),
    tks: countTks(input.headline) + countTks(standfirst) + countTks(text),
  };
}
