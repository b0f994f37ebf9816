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
  type StoryStatus,
  type StorySummary,
} from '../../shared/story/story-schema';

interface StoryRow {
  id: string;
  headline: string;
  body_json: string;
  status: StoryStatus;
  word_count: number;
  version: number;
  created_at: number;
  updated_at: number;
}

type SummaryRow = Omit<StoryRow, 'body_json' | 'created_at' | 'version'>;

/** The stories table, through prepared statements only. */
export class StoryStore {
  private readonly insert: Statement<[string, string, string, number, number]>;
  private readonly update: Statement<[string, string, string, number, number, string]>;
  private readonly byId: Statement<[string], StoryRow>;
  private readonly page: Statement<[number, number], SummaryRow>;

  constructor(
    private readonly db: Database,
    private readonly now: () => number = Date.now,
  ) {
    this.insert = db.prepare(
      `INSERT INTO stories (id, headline, body_json, body_text, word_count, created_at, updated_at)
       VALUES (?, '', ?, ?, 0, ?, ?)`,
    );
    this.update = db.prepare(
      `UPDATE stories SET headline = ?, body_json = ?, body_text = ?, word_count = ?, updated_at = ?, version = version + 1
       WHERE id = ?`,
    );
    this.byId = db.prepare(`SELECT * FROM stories WHERE id = ?`);
    this.page = db.prepare(
      `SELECT id, headline, status, word_count, updated_at FROM stories
       ORDER BY updated_at DESC, id LIMIT ? OFFSET ?`,
    );
  }

  create(): Story {
    const id = randomUUID();
    const at = this.now();
    const body = emptyBody();
    this.db.transaction(() => this.insert.run(id, JSON.stringify(body), '', at, at)).immediate();
    return this.get(id);
  }

  get(id: string): Story {
    const row = this.byId.get(id);
    if (!row) throw new UserFacingError('not_found', 'That story is no longer in the library.');
    return toStory(row);
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
    const text = bodyPlainText(input.body);
    const words = countWords(input.headline) + countWords(text);
    const at = this.now();
    return this.db
      .transaction((): SaveStoryResult => {
        const result = this.update.run(input.headline, JSON.stringify(input.body), text, words, at, input.id);
        if (result.changes !== 1) throw new UserFacingError('not_found', 'That story is no longer in the library; copy your text before closing it.');
        const row = this.byId.get(input.id)!;
        return { id: input.id, version: row.version, savedAt: at };
      })
      .immediate();
  }
}

function toStory(row: StoryRow): Story {
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
  };
}
