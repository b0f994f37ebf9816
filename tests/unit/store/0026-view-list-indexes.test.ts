import BetterSqlite3 from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/store/database';
import { migrations } from '../../../electron/store/migrations';
import { tempDir } from '../support/temp-core';

const LIVE = `status != 'spiked' AND archived_at IS NULL`;
const ARCHIVE = `status != 'spiked' AND archived_at IS NOT NULL`;

describe('migration 0026: list indexes per view', () => {
  it('serves every sort of the live and archive views, and of the TK filter, from an index with no sorting step', () => {
    const db = new BetterSqlite3(path.join(tempDir(), 'm.sqlite'));
    migrate(db, migrations.filter((m) => m.version <= 26));
    expect(schemaVersion(db)).toBe(26);
    const plan = (where: string, order: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN SELECT id, byline_json FROM stories WHERE ${where} ORDER BY ${order} LIMIT 100`).all() as { detail: string }[])
        .map((r) => r.detail)
        .join(' | ');
    const cases: [string, string, string][] = [
      [LIVE, 'updated_at DESC, id DESC', 'stories_live_by_updated'],
      [LIVE, 'headline COLLATE NOCASE, id', 'stories_live_by_headline'],
      [LIVE, 'word_count DESC, id DESC', 'stories_live_by_words'],
      [ARCHIVE, 'updated_at DESC, id DESC', 'stories_archived_by_updated'],
      [ARCHIVE, 'headline COLLATE NOCASE, id', 'stories_archived_by_headline'],
      [ARCHIVE, 'word_count DESC, id DESC', 'stories_archived_by_words'],
      [`${LIVE} AND tk_count > 0`, 'headline COLLATE NOCASE, id', 'stories_with_tks_by_headline'],
      [`${LIVE} AND tk_count > 0`, 'word_count DESC, id DESC', 'stories_with_tks_by_words'],
    ];
    for (const [where, order, index] of cases) {
      const p = plan(where, order);
      expect(p).toContain(index);
      expect(p).not.toContain('TEMP B-TREE');
    }
    db.close();
  });
});
