import type { Database, Statement } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { UserFacingError } from '../../shared/contract/result';
import type { ListMediaInput, MediaDetails, MediaFilter, MediaFormat, MediaItem, MediaPage, MediaUsage } from '../../shared/media/media-schema';
import { col, rowMapping, type Row } from '../store/row-mapping';
import { storiesUsing } from './media-usage';

const mediaItems = rowMapping<MediaItem>({
  id: col.value(),
  sha256: col.value(),
  filename: col.value(),
  format: col.value(),
  width: col.value(),
  height: col.value(),
  byteSize: col.value(),
  alt: col.value(),
  caption: col.value(),
  credit: col.value(),
  source: col.value(),
  licence: col.value(),
  focalX: col.value(),
  focalY: col.value(),
  createdAt: col.value(),
  updatedAt: col.value(),
  trashedAt: col.value(),
  usageCount: col.value(),
});

export interface NewMedia {
  sha256: string;
  filename: string;
  format: MediaFormat;
  width: number;
  height: number;
  byteSize: number;
  caption: string;
  credit: string;
  source: string;
  licence: string;
}

const COLUMNS = `m.*, (SELECT COUNT(DISTINCT u.story_id) FROM media_usage u WHERE u.media_id = m.id) AS usage_count`;

// Fixed SQL fragments only; every value is a bound parameter.
const FILTER_SQL: Record<MediaFilter, string> = {
  all: 'm.trashed_at IS NULL',
  unused: 'm.trashed_at IS NULL AND NOT EXISTS (SELECT 1 FROM media_usage u WHERE u.media_id = m.id)',
  missingAlt: `m.trashed_at IS NULL AND trim(m.alt) = ''`,
  today: 'm.trashed_at IS NULL AND m.created_at >= @todayStart',
  trash: 'm.trashed_at IS NOT NULL',
};
const SEARCH_SQL = `(m.filename LIKE @pattern ESCAPE '\\' OR m.caption LIKE @pattern ESCAPE '\\' OR m.credit LIKE @pattern ESCAPE '\\' OR m.alt LIKE @pattern ESCAPE '\\')`;

type ListParams = { pattern: string; todayStart: number; limit: number; offset: number };

/** The media table, through prepared statements only. */
export class MediaStore {
  private readonly insertRow: Statement;
  private readonly byId: Statement<[string], Row>;
  private readonly bySha: Statement<[string], Row>;
  private readonly lists = new Map<string, { page: Statement<ListParams, Row>; count: Statement<ListParams, { n: number }> }>();

  constructor(
    private readonly db: Database,
    private readonly now: () => number = Date.now,
  ) {
    this.insertRow = db.prepare(
      `INSERT INTO media (id, sha256, filename, format, width, height, byte_size, caption, credit, source, licence, created_at, updated_at)
       VALUES (@id, @sha256, @filename, @format, @width, @height, @byteSize, @caption, @credit, @source, @licence, @at, @at)`,
    );
    this.byId = db.prepare(`SELECT ${COLUMNS} FROM media m WHERE m.id = ?`);
    this.bySha = db.prepare(`SELECT ${COLUMNS} FROM media m WHERE m.sha256 = ?`);
  }

  /** Adds an item, or answers the one already holding these bytes (restored if it was in the trash). */
  add(media: NewMedia): { item: MediaItem; duplicate: boolean } {
    return this.db
      .transaction(() => {
        const existing = this.findBySha(media.sha256);
        if (existing) {
          if (existing.trashedAt !== null) this.db.prepare(`UPDATE media SET trashed_at = NULL, updated_at = ? WHERE id = ?`).run(this.now(), existing.id);
          return { item: this.get(existing.id), duplicate: true };
        }
        const id = randomUUID();
        this.insertRow.run({ id, ...media, at: this.now() });
        return { item: this.get(id), duplicate: false };
      })
      .immediate();
  }

  get(id: string): MediaItem {
    const row = this.byId.get(id);
    if (!row) throw new UserFacingError('not_found', 'That image is no longer in the media library.');
    return mediaItems.read(row);
  }

  findBySha(sha256: string): MediaItem | null {
    const row = this.bySha.get(sha256);
    return row ? mediaItems.read(row) : null;
  }

  /** Items by id, skipping ids not in the library; for the editor and the publishing checklist. */
  getMany(ids: readonly string[]): MediaItem[] {
    return ids.flatMap((id) => {
      const row = this.byId.get(id);
      return row ? [mediaItems.read(row)] : [];
    });
  }

  list(input: ListMediaInput): MediaPage {
    const query = input.query.trim();
    const key = `${input.filter}:${query ? 'q' : ''}`;
    let statements = this.lists.get(key);
    if (!statements) {
      const where = query ? `${FILTER_SQL[input.filter]} AND ${SEARCH_SQL}` : FILTER_SQL[input.filter];
      const order = input.filter === 'trash' ? 'm.trashed_at DESC, m.rowid DESC' : 'm.created_at DESC, m.rowid DESC';
      statements = {
        page: this.db.prepare(`SELECT ${COLUMNS} FROM media m WHERE ${where} ORDER BY ${order} LIMIT @limit OFFSET @offset`),
        count: this.db.prepare(`SELECT COUNT(*) AS n FROM media m WHERE ${where}`),
      };
      this.lists.set(key, statements);
    }
    const params = { pattern: `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`, todayStart: input.todayStart, limit: input.limit, offset: input.offset };
    const total = statements.count.get(params)!.n;
    const items = statements.page.all(params).map(mediaItems.read);
    return { total, items };
  }

  updateDetails(id: string, details: MediaDetails): MediaItem {
    return this.db
      .transaction(() => {
        const result = this.db
          .prepare(
            `UPDATE media SET alt = @alt, caption = @caption, credit = @credit, source = @source, licence = @licence,
               focal_x = @focalX, focal_y = @focalY, updated_at = @at WHERE id = @id`,
          )
          .run({ ...details, at: this.now(), id });
        if (result.changes !== 1) throw new UserFacingError('not_found', 'That image is no longer in the media library.');
        return this.get(id);
      })
      .immediate();
  }

  /** Writes the alt text only while the item still has `replacing`: a compare-and-set, so no one's words are overwritten unseen. */
  replaceAlt(id: string, alt: string, replacing: string): MediaItem {
    return this.db
      .transaction(() => {
        const item = this.get(id);
        if (item.alt !== replacing || item.alt === alt) return item;
        this.db.prepare(`UPDATE media SET alt = ?, updated_at = ? WHERE id = ?`).run(alt, this.now(), id);
        return this.get(id);
      })
      .immediate();
  }

  /** Moves an unused item to the trash; an item a story uses is refused, naming the stories. */
  trash(id: string): MediaItem {
    return this.db
      .transaction(() => {
        const item = this.get(id);
        const users = storiesUsing(this.db, id);
        if (users.length > 0) {
          const names = [...new Set(users.map((u) => `“${u.headline.trim() || 'Untitled story'}”`))];
          throw new UserFacingError(
            'conflict',
            `“${item.filename}” is used by ${names.length === 1 ? 'the story' : `${names.length} stories:`} ${names.join(', ')}. Remove it from ${names.length === 1 ? 'that story' : 'them'} before deleting it.`,
          );
        }
        this.db.prepare(`UPDATE media SET trashed_at = ?, updated_at = ? WHERE id = ?`).run(this.now(), this.now(), id);
        return this.get(id);
      })
      .immediate();
  }

  restore(id: string): MediaItem {
    return this.db
      .transaction(() => {
        this.get(id);
        this.db.prepare(`UPDATE media SET trashed_at = NULL, updated_at = ? WHERE id = ?`).run(this.now(), id);
        return this.get(id);
      })
      .immediate();
  }

  /**
   * Deletes every trashed item no story uses (one may have been put back into a story since it was
   * trashed) and answers their hashes, so the caller removes their files after the commit.
   */
  emptyTrash(): { deleted: string[]; kept: number } {
    return this.db
      .transaction(() => {
        const trashed = this.db.prepare(`SELECT id, sha256 FROM media WHERE trashed_at IS NOT NULL`).all() as { id: string; sha256: string }[];
        const inUse = this.db.prepare(`SELECT 1 FROM media_usage WHERE media_id = ? LIMIT 1`);
        const remove = this.db.prepare(`DELETE FROM media WHERE id = ?`);
        const deleted: string[] = [];
        for (const row of trashed) {
          if (inUse.get(row.id)) continue;
          remove.run(row.id);
          deleted.push(row.sha256);
        }
        return { deleted, kept: trashed.length - deleted.length };
      })
      .immediate();
  }

  usage(id: string): MediaUsage[] {
    return storiesUsing(this.db, id);
  }

  /** Whether any row still points at these bytes (so their files must stay). */
  hasSha(sha256: string): boolean {
    return this.bySha.get(sha256) !== undefined;
  }
}
