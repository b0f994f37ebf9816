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

interface StoryRow {
  id: string;
  headline: string;
  body_json: string;
  status: StoryStatus;
  word_count: number;
  version: number;
  created_at: number;
  updated_at: number;
  standfirst: string;
  byline_json: string;
  slug: string;
  tags_json: string;
  featured_image_id: string | null;
  seo_title: string;
  meta_description: string;
  scheduled_at: number | null;
  tk_count: number;
  site: string | null;
  archived_at: number | null;
}

type SummaryRow = Pick<StoryRow, 'id' | 'headline' | 'status' | 'word_count' | 'updated_at'>;

/** What a save computes from the input before it touches the database. */
interface Derived {
  bodyJson: string;
  words: number;
  tks: number;
}

/** The stories table, through prepared statements only. */
export class StoryStore {
  private readonly insert: Statement<[string, string, number, number]>;
  private readonly updateBody: Statement<[string, string, number, number, number, string]>;
  private readonly updateFields: Statement<[string, string, string, string, string | null, string, string, number | null, string]>;
  private readonly byId: Statement<[string], StoryRow>;
  private readonly sectionsOf: Statement<[string], { section_id: number }>;
  private readonly page: Statement<[number, number], SummaryRow>;
  private readonly clearSections: Statement<[string]>;
  private readonly addSection: Statement<[string, number, number]>;
  private readonly clearAuthors: Statement<[string]>;
  private readonly addAuthor: Statement<[string, number, string]>;

  constructor(
    private readonly db: Database,
    private readonly now: () => number = Date.now,
    private readonly sections?: SectionStore,
    private readonly revisions?: RevisionStore,
  ) {
    this.insert = db.prepare(
      `INSERT INTO stories (id, headline, body_json, word_count, created_at, updated_at)
       VALUES (?, '', ?, 0, ?, ?)`,
    );
    this.updateBody = db.prepare(
      `UPDATE stories SET headline = ?, body_json = ?, word_count = ?, tk_count = ?, updated_at = ?, version = version + 1
       WHERE id = ?`,
    );
    this.updateFields = db.prepare(
      `UPDATE stories SET standfirst = ?, byline_json = ?, slug = ?, tags_json = ?, featured_image_id = ?, seo_title = ?,
       meta_description = ?, scheduled_at = ? WHERE id = ?`,
    );
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
  }

  create(): Story {
    const id = randomUUID();
    const at = this.now();
    const body = emptyBody();
    this.db.transaction(() => this.insert.run(id, JSON.stringify(body), at, at)).immediate();
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
    return this.page.all(limit, offset).map((row) => ({
      id: row.id,
      headline: row.headline,
      status: row.status,
      wordCount: row.word_count,
      updatedAt: row.updated_at,
    }));
  }

  save(input: SaveStoryInput): SaveStoryResult {
    const derived = derive(input);
    const at = this.now();
    if (input.fields) this.sections?.assertExist(input.fields.sectionIds);
    return this.db.transaction((): SaveStoryResult => this.writeSave(input, derived, at)).immediate();
  }

  /** The save's writes, for callers that already hold a transaction. */
  writeSave(input: SaveStoryInput, derived: Derived, at: number, autosaveRevision = true): SaveStoryResult {
    const result = this.updateBody.run(input.headline, derived.bodyJson, derived.words, derived.tks, at, input.id);
    if (result.changes !== 1) throw new UserFacingError('not_found', 'That story is no longer in the library; copy your text before closing it.');
    if (input.fields) this.writeFields(input.id, input.fields);
    const row = this.byId.get(input.id)!;
    if (autosaveRevision) this.revisions?.writeAutosave(
      input.id,
      { headline: input.headline, body: input.body, fields: input.fields ?? this.fieldsOf(row), status: row.status, wordCount: derived.words },
      at,
    );
    return { id: input.id, version: row.version, savedAt: at };
  }

  writeFields(id: string, fields: StoryFields): void {
    const byline = fields.byline.map((n) => n.trim());
    this.updateFields.run(
      fields.standfirst,
      JSON.stringify(byline),
      fields.slug,
      JSON.stringify(fields.tags.map((t) => t.trim())),
      fields.featuredImageId,
      fields.seoTitle,
      fields.metaDescription,
      fields.scheduledAt,
      id,
    );
    this.clearSections.run(id);
    [...new Set(fields.sectionIds)].forEach((sectionId, i) => this.addSection.run(id, sectionId, i));
    this.clearAuthors.run(id);
    byline.forEach((name, i) => this.addAuthor.run(id, i, name));
  }

  private fieldsOf(row: StoryRow): StoryFields {
    return {
      standfirst: row.standfirst,
      byline: JSON.parse(row.byline_json) as string[],
      slug: row.slug,
      sectionIds: this.sectionsOf.all(row.id).map((s) => s.section_id),
      tags: JSON.parse(row.tags_json) as string[],
      featuredImageId: row.featured_image_id,
      seoTitle: row.seo_title,
      metaDescription: row.meta_description,
      scheduledAt: row.scheduled_at,
    };
  }

  private toStory(row: StoryRow): Story {
    const parsed = BodyState.safeParse(JSON.parse(row.body_json));
    if (!parsed.success) throw new UserFacingError('storage', 'This story’s saved body could not be read; restore it from its history.');
    return {
      id: row.id,
      headline: row.headline,
      status: row.status,
      wordCount: row.word_count,
      updatedAt: row.updated_at,
      createdAt: row.created_at,
      version: row.version,
      body: parsed.data,
      tkCount: row.tk_count,
      site: row.site,
      archivedAt: row.archived_at,
      fields: this.fieldsOf(row),
    };
  }
}

/** Text, counts and JSON of a save: computed outside the transaction so the write lock is held briefly. */
export function derive(input: Pick<SaveStoryInput, 'headline' | 'body'> & { fields?: Pick<StoryFields, 'standfirst'> }): Derived {
  const text = bodyPlainText(input.body);
  const standfirst = input.fields?.standfirst ?? '';
  return {
    bodyJson: JSON.stringify(input.body),
    words: countWords(input.headline) + countWords(text),
    tks: countTks(input.headline) + countTks(standfirst) + countTks(text),
  };
}
