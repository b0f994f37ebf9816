import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { piecesOf, pointAt, type TextSegment } from '../../../renderer/editor/find/text-segments';

const segments: TextSegment[] = [
  { key: 'a', start: 0, length: 4 }, // "half"
  { key: 'b', start: 4, length: 4 }, // "bold"
  { key: 'c', start: 8, length: 4 }, // " end"
];

describe('text segments', () => {
  it('puts a range start at the beginning of the next node and its end at the end of the previous one', () => {
    expect(pointAt(segments, 4, 'start')).toEqual({ key: 'b', offset: 0 });
    expect(pointAt(segments, 4, 'end')).toEqual({ key: 'a', offset: 4 });
    expect(pointAt(segments, 0, 'start')).toEqual({ key: 'a', offset: 0 });
    expect(pointAt(segments, 12, 'end')).toEqual({ key: 'c', offset: 4 });
    expect(pointAt(segments, 12, 'start')).toBeNull();
  });

  it('splits a range across the nodes it covers', () => {
    expect(piecesOf(segments, 3, 6)).toEqual([
      { key: 'a', from: 3, to: 4 },
      { key: 'b', from: 0, to: 2 },
    ]);
  });

  it('pieces cover exactly the range', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 6 }), fc.nat(), fc.nat(), (lengths, x, y) => {
        let start = 0;
        const segs = lengths.map((length, i) => {
          const seg = { key: String(i), start, length };
          start += length;
          return seg;
        });
        const a = x % (start + 1);
        const b = y % (start + 1);
        const [from, to] = a <= b ? [a, b] : [b, a];
        const total = piecesOf(segs, from, to).reduce((s, p) => s + (p.to - p.from), 0);
        expect(total).toBe(to - from);
      }),
    );
  });
});
