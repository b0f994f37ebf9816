import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, schemaVersion } from '../../../electron/store/database';
import { tempDir } from '../support/temp-core';

interface SchemaRow {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

/**
 * The schema every migration builds on a fresh library, as one text: user_version, then each table,
 * index, trigger and view (SQLite's own objects left out) with its SQL on one normalised line.
 */
function schemaText(file: string): string {
  const db = openDatabase(file);
  try {
    const rows = db
      .prepare(`SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY type, name`)
      .all() as SchemaRow[];
    const lines = rows.map((r) => `-- ${r.type} ${r.name} on ${r.tbl_name}\n${(r.sql ?? '(no sql)').replace(/\s+/g, ' ').replace(/\( /g, '(').replace(/ \)/g, ')').trim()};`);
    return [`-- user_version ${schemaVersion(db)}`, ...lines].join('\n\n') + '\n';
  } finally {
    db.close();
  }
}

describe('schema snapshot', () => {
  // A schema change fails here until the snapshot is updated on purpose, and the diff shows it in review:
  //   npx vitest run tests/unit/store/schema-snapshot.test.ts -u
  it('all migrations on a fresh database build exactly the checked-in schema', async () => {
    const schema = schemaText(path.join(tempDir(), 'library.sqlite'));
    expect(schema).toMatch(/^-- user_version \d+\n/);
    await expect(schema).toMatchFileSnapshot('./__snapshots__/schema.sql');
  });
});
