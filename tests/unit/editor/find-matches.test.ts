import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMatches, queryPattern, replaceAllInText } from '../../../renderer/editor/find/find-matches';

const plain = { matchCase: false, wholeWord: false };

describe('find matches', () => {
  it('matches case-insensitively unless match case is on', () => {
    expect(findMatches('Cat cat CAT', 'cat', plain)).toHaveLength(3);
    expect(findMatches('Cat cat CAT', 'cat', { matchCase: true, wholeWord: false })).toEqual([{ start: 4, end: 7 }]);
  });

  it('whole word respects letters of any script and digits', () => {
    const text = 'cat category bobcat cat2 cat_ cat, café cafés';
    expect(findMatches(text, 'cat', { matchCase: false, wholeWord: true }).map((m) => text.slice(m.start, m.end))).toEqual(['cat', 'cat']);
    expect(findMatches(text, 'café', { matchCase: false, wholeWord: true })).toEqual([{ start: text.indexOf('café'), end: text.indexOf('café') + 4 }]);
  });

  it('takes the query literally, never as a pattern', () => {
    expect(findMatches('a.b axb (x) $1', '.', plain)).toEqual([{ start: 1, end: 2 }]);
    expect(findMatches('(x)', '(x)', plain)).toEqual([{ start: 0, end: 3 }]);
    expect(replaceAllInText('cost', 'cost', '$& $1 $$', plain)).toBe('$& $1 $$');
    expect(queryPattern('', plain)).toBeNull();
    expect(findMatches('anything', '', plain)).toEqual([]);
  });

  it('matches are non-overlapping, in order, and each is the query', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ minLength: 1, maxLength: 3 }), fc.boolean(), (text, query, matchCase) => {
        const matches = findMatches(text, query, { matchCase, wholeWord: false });
        let last = 0;
        for (const m of matches) {
          expect(m.start).toBeGreaterThanOrEqual(last);
          const found = text.slice(m.start, m.end);
          if (matchCase) expect(found).toBe(query);
          last = m.end;
        }
        if (matchCase) expect(replaceAllInText(text, query, query, { matchCase, wholeWord: false })).toBe(text);
      }),
    );
  });
});
