import { describe, expect, it } from 'vitest';
import { placeCards } from '../../../renderer/review/note-layout';

describe('notes in the margin (#14.8)', () => {
  it('puts each card beside its anchor, in the order of the text', () => {
    const tops = placeCards(
      [
        { id: 'late', anchorTop: 600, height: 80 },
        { id: 'early', anchorTop: 100, height: 80 },
      ],
      40,
      8,
    );
    expect(Object.fromEntries(tops)).toEqual({ early: 100, late: 600 });
  });

  it('pushes a card down just enough to clear the one above, and keeps all below the floor', () => {
    const tops = placeCards(
      [
        { id: 'a', anchorTop: 10, height: 100 },
        { id: 'b', anchorTop: 60, height: 50 },
        { id: 'c', anchorTop: 400, height: 50 },
      ],
      40,
      8,
    );
    expect(Object.fromEntries(tops)).toEqual({ a: 40, b: 148, c: 400 });
  });

  it('lists notes whose text is gone after the others', () => {
    const tops = placeCards(
      [
        { id: 'gone', anchorTop: null, height: 30 },
        { id: 'here', anchorTop: 200, height: 60 },
      ],
      0,
      10,
    );
    expect(Object.fromEntries(tops)).toEqual({ here: 200, gone: 270 });
  });
});
