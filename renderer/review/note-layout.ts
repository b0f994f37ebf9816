/** A card in the notes margin: its anchor's height in the margin (null when its text is gone) and its own height. */
export interface MarginCard {
  id: string;
  anchorTop: number | null;
  height: number;
}

/**
 * Where each card goes in the margin, as in Word and Docs: beside its anchor, in the order of the
 * text, each pushed down just enough to clear the one above; none above `floor`. Cards whose text
 * is gone follow the others, in the order given.
 */
export function placeCards(cards: readonly MarginCard[], floor: number, gap: number): Map<string, number> {
  const anchored = cards.filter((c) => c.anchorTop !== null).sort((a, b) => a.anchorTop! - b.anchorTop!);
  const loose = cards.filter((c) => c.anchorTop === null);
  const tops = new Map<string, number>();
  let next = floor;
  for (const card of [...anchored, ...loose]) {
    const top = Math.max(card.anchorTop ?? next, next);
    tops.set(card.id, top);
    next = top + card.height + gap;
  }
  return tops;
}
