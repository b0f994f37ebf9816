import { describe, expect, it } from 'vitest';
import { count, formatDate, formatDateTime, wordDelta } from '../../../renderer/app/format';

describe('how the app writes counts and dates (#14.14)', () => {
  it('says “1 word” and “2 words”, and irregular plurals as given', () => {
    expect(count(1, 'word')).toBe('1 word');
    expect(count(0, 'word')).toBe('0 words');
    expect(count(2, 'section')).toBe('2 sections');
    expect(count(1, 'story', 'stories')).toBe('1 story');
    expect(count(3, 'story', 'stories')).toBe('3 stories');
  });

  it('signs a change in words, with the singular for one', () => {
    expect(wordDelta(1)).toBe('+1 word');
    expect(wordDelta(-1)).toBe('−1 word');
    expect(wordDelta(-12)).toBe('−12 words');
    expect(wordDelta(0)).toBe('±0 words');
  });

  it('writes every moment the system’s one way (Intl, no locale named)', () => {
    const at = Date.UTC(2024, 1, 15, 9, 30);
    expect(formatDateTime(at)).toBe(new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(at));
    expect(formatDate(at)).toBe(new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(at));
  });
});
