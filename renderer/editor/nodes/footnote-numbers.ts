import type { LexicalEditor, NodeKey } from 'lexical';

/**
 * Footnote numbers by node key for one editor. The number is derived from document order (see
 * the content model), so the store is refreshed whenever footnotes are created, moved or removed
 * and every reference mark re-renders with its new number.
 */
export class FootnoteNumbers {
  private numbers = new Map<NodeKey, number>();
  private readonly listeners = new Set<() => void>();

  set(next: Map<NodeKey, number>): void {
    const same = next.size === this.numbers.size && [...next].every(([k, n]) => this.numbers.get(k) === n);
    if (same) return;
    this.numbers = next;
    for (const l of this.listeners) l();
  }

  numberOf(key: NodeKey): number {
    return this.numbers.get(key) ?? 0;
  }

  keys(): NodeKey[] {
    return [...this.numbers.keys()];
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

const stores = new WeakMap<LexicalEditor, FootnoteNumbers>();

export function footnoteNumbersOf(editor: LexicalEditor): FootnoteNumbers {
  let store = stores.get(editor);
  if (!store) {
    store = new FootnoteNumbers();
    stores.set(editor, store);
  }
  return store;
}

/** The id of a footnote's note field, so a reference mark can move the focus there. */
export const footnoteFieldId = (key: NodeKey) => `footnote-note-${key}`;
