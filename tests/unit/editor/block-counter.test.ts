import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BlockCounter } from '../../../renderer/editor/counts/block-counter';
import { countText } from '../../../renderer/editor/counts/story-counts';

describe('block counter', () => {
  it('recounts only the blocks marked dirty', () => {
    const texts = new Map([
      ['1', 'one two'],
      ['2', 'three TK'],
    ]);
    const counter = new BlockCounter();
    const asked: string[] = [];
    const textOf = (k: string) => (asked.push(k), texts.get(k) ?? '');
    expect(counter.total(['1', '2'], textOf)).toEqual({ words: 4, characters: 15, tks: 1 });
    expect(asked).toEqual(['1', '2']);
    asked.length = 0;
    texts.set('2', 'three');
    counter.markDirty(['2', 'root']);
    expect(counter.total(['1', '2'], textOf)).toEqual({ words: 3, characters: 12, tks: 0 });
    expect(asked).toEqual(['2']);
    asked.length = 0;
    // A new block (new key) is counted; a removed one drops out.
    texts.set('3', 'four');
    expect(counter.total(['1', '3'], textOf)).toEqual({ words: 3, characters: 11, tks: 0 });
    expect(asked).toEqual(['3']);
  });

  it('always agrees with a full recount after any edit sequence', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.string({ maxLength: 12 })), { maxLength: 20 }), (edits) => {
        const texts = ['a b', 'TK', '', 'x', 'y z'];
        const keys = texts.map((_, i) => String(i));
        const counter = new BlockCounter();
        counter.total(keys, (k) => texts[Number(k)]!);
        for (const [i, text] of edits) {
          texts[i] = text;
          counter.markDirty([String(i)]);
          const incremental = counter.total(keys, (k) => texts[Number(k)]!);
          const full = texts.map(countText).reduce((s, c) => ({ words: s.words + c.words, characters: s.characters + c.characters, tks: s.tks + c.tks }));
          expect(incremental).toEqual(full);
        }
      }),
    );
  });
});
