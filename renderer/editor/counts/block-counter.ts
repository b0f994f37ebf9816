import { addCounts, countText, ZERO_COUNTS, type TextCounts } from './story-counts';

/**
 * Keeps per-block counts so a keystroke recounts only the block it touched: a 50k-word story is
 * not re-tokenised on every key. Blocks are identified by their Lexical node key.
 */
export class BlockCounter {
  private cache = new Map<string, TextCounts>();
  private dirty = new Set<string>();
  private all = true;

  /** Marks blocks as changed; `null` marks everything (first pass, or a change we cannot localise). */
  markDirty(keys: Iterable<string> | null): void {
    if (keys === null) this.all = true;
    else for (const k of keys) this.dirty.add(k);
  }

  /** Totals for the blocks in order; `textOf` is asked only for blocks that changed. */
  total(blockKeys: readonly string[], textOf: (key: string) => string): TextCounts {
    const next = new Map<string, TextCounts>();
    let sum = ZERO_COUNTS;
    for (const key of blockKeys) {
      let counts = this.all || this.dirty.has(key) ? undefined : this.cache.get(key);
      if (!counts) counts = countText(textOf(key));
      next.set(key, counts);
      sum = addCounts(sum, counts);
    }
    this.cache = next;
    this.dirty.clear();
    this.all = false;
    return sum;
  }
}
