import BetterSqlite3 from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/store/database';
import { createLibrary } from '../../../electron/store/library';
import { migrations } from '../../../electron/store/migrations';
import { splitBody } from '../../../electron/store/story-body';
import { emptyFields, type BodyState } from '../../../shared/story/story-schema';
import { rng } from '../../bench/library/corpus';
import { tempDir } from '../support/temp-core';

const text = (t: string) => ({ type: 'text', version: 1, text: t, format: 0, detail: 0, mode: 'normal', style: '' });
const paragraph = (t: string) => ({ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children: [text(t)] });
const body = (texts: readonly string[]) => ({ root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: texts.map(paragraph) } }) as unknown as BodyState;

function open(log?: string[]) {
  const db = new BetterSqlite3(path.join(tempDir(), 'b.sqlite'), log ? { verbose: (sql) => log.push(String(sql)) } : {});
  db.pragma('foreign_keys = ON');
  migrate(db, migrations);
  return { db, lib: createLibrary(db) };
}

const stored = (db: BetterSqlite3.Database, id: string) => (db.prepare('SELECT hash FROM story_blocks WHERE story_id = ? ORDER BY hash').pluck().all(id) as string[]);
const named = (texts: readonly string[]) => [...new Set(splitBody(body(texts)).blocks.map((b) => b.hash))].sort();

describe('story bodies on save', () => {
  it('learns the stored blocks from the skeleton the save replaces, without reading their rows', () => {
    const log: string[] = [];
    const { db, lib } = open(log);
    const { id } = lib.stories.create();
    const texts = Array.from({ length: 20 }, (_, i) => `Paragraph ${i}`);
    lib.stories.save({ id, headline: 'Long', body: body(texts), fields: emptyFields() });
    log.length = 0;
    texts[7] += ' more';
    lib.stories.save({ id, headline: 'Long', body: body(texts) });
    expect(log.filter((sql) => /SELECT hash FROM story_blocks/.test(sql))).toEqual([]);
    expect(stored(db, id)).toEqual(named(texts));
    expect(lib.stories.get(id).body).toEqual(body(texts));
    db.close();
  });

  it('keeps the stored blocks exactly the body’s through edits, repeats, moves and removals', () => {
    const { db, lib } = open();
    const { id } = lib.stories.create();
    const random = rng(3);
    const pick = (n: number) => Math.floor(random() * n);
    let texts = Array.from({ length: 12 }, (_, i) => `P${i}`);
    for (let round = 0; round < 200; round++) {
      const i = pick(texts.length);
      const move = pick(5);
      if (move === 0) texts[i] = `${texts[i]} w${round}`;
      else if (move === 1) texts.splice(i, 0, texts[pick(texts.length)]!); // a repeated paragraph
      else if (move === 2 && texts.length > 1) texts.splice(i, 1);
      else if (move === 3) texts = [...texts.slice(i), ...texts.slice(0, i)];
      else texts[i] = texts[pick(texts.length)]!;
      lib.stories.save({ id, headline: 'Edits', body: body(texts) });
      expect(stored(db, id)).toEqual(named(texts));
      expect(lib.stories.get(id).body).toEqual(body(texts));
    }
    db.close();
  });

  it('writes again a block the skeleton names but the table lost, rather than taking it as stored', () => {
    const { db, lib } = open();
    const { id } = lib.stories.create();
    const texts = ['One', 'Two', 'Three'];
    lib.stories.save({ id, headline: 'Lost', body: body(texts) });
    const two = splitBody(body(['Two'])).blocks[0]!.hash;
    db.prepare('DELETE FROM story_blocks WHERE story_id = ? AND hash = ?').run(id, two);
    expect(() => lib.stories.get(id)).toThrow(/missing/);
    texts[2] = 'Three and more';
    lib.stories.save({ id, headline: 'Lost', body: body(texts) });
    expect(stored(db, id)).toEqual(named(texts));
    expect(lib.stories.get(id).body).toEqual(body(texts));
    db.close();
  });
});
