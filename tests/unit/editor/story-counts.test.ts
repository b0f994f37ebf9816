import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countText, findTks, formatReadingTime, formatTks, formatWords, readingMinutes } from '../../../renderer/editor/counts/story-counts';

describe('story counts', () => {
  it('counts words, characters (code points, not line breaks) and TKs', () => {
    expect(countText('The mayor’s well-known plan\nTK')).toEqual({ words: 5, characters: 29, tks: 1 });
    expect(countText('')).toEqual({ words: 0, characters: 0, tks: 0 });
    expect(countText('🙂🙂').characters).toBe(2);
  });

  it('finds TK and TKTK as standalone capitals only', () => {
    const text = 'TK. Then (TKTK) but not TKO, sTK, tk or Tk; end TK';
    expect(findTks(text).map(([a, b]) => text.slice(a, b))).toEqual(['TK', 'TKTK', 'TK']);
    expect(findTks('ÉTK TKé')).toEqual([]);
  });

  it('gives reading time in whole minutes, at least one for any words', () => {
    expect(readingMinutes(0)).toBe(0);
    expect(readingMinutes(1)).toBe(1);
    expect(readingMinutes(238 * 4)).toBe(4);
    expect(formatReadingTime(0)).toBe('No reading time');
    expect(formatReadingTime(10)).toBe('1 min read');
    expect(formatReadingTime(10_000)).toBe('42 min read');
    expect(formatWords(1)).toBe('1 word');
    expect(formatWords(12345)).toBe('12,345 words');
    expect(formatTks(2)).toBe('2 TKs');
  });

  it('counts of joined blocks equal the sum of the blocks', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 8 }), (blocks) => {
        const whole = countText(blocks.join('\n'));
        const parts = blocks.map(countText);
        expect(whole.characters).toBe(parts.reduce((s, p) => s + p.characters, 0));
        expect(whole.tks).toBe(parts.reduce((s, p) => s + p.tks, 0));
      }),
    );
  });
});
