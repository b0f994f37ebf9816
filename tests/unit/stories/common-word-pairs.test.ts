import BetterSqlite3 from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMON_WORDS, commonWordPairs, pairToken } from '../../../shared/story/common-word-pairs';
import { ftsIndexQuery, ftsQuery } from '../../../shared/story/library-schema';

const P = (a: string, b: string) => pairToken(a, b);

/** The pairs FTS5's own tokenizer sees: adjacent tokens of one text that both fold to common words. */
function pairsByFts5(db: BetterSqlite3.Database, text: string): string[] {
  db.prepare('DELETE FROM t').run();
  db.prepare('INSERT INTO t (rowid, a) VALUES (1, ?)').run(text);
  const terms = (db.prepare('SELECT term FROM v ORDER BY offset').all() as { term: string }[]).map((r) => r.term);
  const out: string[] = [];
  for (let i = 1; i < terms.length; i++) if (COMMON_WORDS.has(terms[i - 1]!) && COMMON_WORDS.has(terms[i]!)) out.push(P(terms[i - 1]!, terms[i]!));
  return out;
}

describe('common-word pairs', () => {
  it('pairs adjacent common words only, across punctuation as FTS5 phrases do, folding case and accents', () => {
    expect(commonWordPairs('The end of the day')).toBe([P('of', 'the'), P('the', 'day')].join(' '));
    expect(commonWordPairs('Ábout, NEW harbourfront plan')).toBe(P('about', 'new'));
    expect(commonWordPairs('said the minister of the interior')).toBe([P('said', 'the'), P('of', 'the')].join(' '));
    expect(commonWordPairs('Harbourfront minister')).toBe('');
    // ’ splits "it’s" into "it" and "s" (not a common word), as unicode61 does; a lone accent separates nothing.
    expect(commonWordPairs('it’s the')).toBe('');
    expect(commonWordPairs('of \u0301 the')).toBe(P('of', 'the'));
  });

  it('finds exactly the pairs FTS5’s unicode61 tokenizer produces, for any text', () => {
    const db = new BetterSqlite3(':memory:');
    db.exec(`CREATE VIRTUAL TABLE t USING fts5(a, tokenize = 'unicode61 remove_diacritics 2');
             CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance');`);
    const pieces = [
      ...[...COMMON_WORDS].slice(0, 40), 'About', 'THE', 'Óff', 'o\u0301f', 'harbourfront', 'naïve', 'x1', '42', '½',
      ' ', '  ', '\n', ', ', '. ', '-', '_', '’', 'ʼ', '\u00ad', '\u200b', '\u2060', '·', '😀', '\uE000', '日本', 'ǅ', 'İ', '\u0301',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const ours = commonWordPairs(text);
        expect(ours === '' ? [] : ours.split(' ')).toEqual(pairsByFts5(db, text));
      }),
      { numRuns: 3000 },
    );
    db.close();
  });
});

describe('the index form of a search', () => {
  it('asks for the pair where a phrase is two common words, and for every pair plus the phrase when longer', () => {
    expect(ftsIndexQuery('"about new"')).toBe(`"${P('about', 'new')}"`);
    expect(ftsIndexQuery('"About Néw" harb')).toBe(`"${P('about', 'new')}" "harb"*`);
    expect(ftsIndexQuery('"of the year"')).toBe(`"${P('of', 'the')}" "${P('the', 'year')}" "of the year"`);
    // A rarer word, a prefix or a single word: asked as typed.
    expect(ftsIndexQuery('"prime minister"')).toBe('"prime minister"');
    expect(ftsIndexQuery('about new')).toBe('"about" "new"*');
    expect(ftsIndexQuery('"about"')).toBe('"about"');
    // Typed pair marks are not pairs.
    expect(ftsIndexQuery(`"${P('about', 'new')}"`)).toBe(ftsIndexQuery('"about new"'));
    expect(ftsQuery('"about new"')).toBe('"about new"');
  });

  it('matches exactly the stories the phrase itself matches', () => {
    const db = new BetterSqlite3(':memory:');
    db.exec(`CREATE VIRTUAL TABLE s USING fts5(body, body_pairs, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4 5')`);
    const words = ['the', 'of', 'about', 'new', 'year', 'said', 'in', 'harbour', 'plan', 'The', 'NEW', ',', '.'];
    const insert = db.prepare('INSERT INTO s (rowid, body, body_pairs) VALUES (?, ?, ?)');
    const random = (seed: number) => () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    const r = random(7);
    for (let id = 1; id <= 400; id++) {
      const text = Array.from({ length: 3 + Math.floor(r() * 20) }, () => words[Math.floor(r() * words.length)]).join(' ');
      insert.run(id, text, commonWordPairs(text));
    }
    const ids = (q: string) => (db.prepare('SELECT rowid FROM s WHERE s MATCH ? ORDER BY rowid').all(q) as { rowid: number }[]).map((x) => x.rowid);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words.slice(0, 9)), { minLength: 2, maxLength: 4 }), (phrase) => {
        const typed = `"${phrase.join(' ')}"`;
        // The phrase itself, asked of the words alone (no pair column), is the truth.
        const truth = ids(`body : ${ftsQuery(typed)!}`);
        expect(ids(ftsIndexQuery(typed)!)).toEqual(truth);
      }),
      { numRuns: 300 },
    );
    db.close();
  });
});
