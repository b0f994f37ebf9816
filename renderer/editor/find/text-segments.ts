/** One text node's share of a block's text: the block's text is its segments joined in order. */
export interface TextSegment {
  key: string;
  start: number;
  length: number;
}

export interface SegmentPoint {
  key: string;
  offset: number;
}

/**
 * Where a block-level offset falls among the block's text nodes. An offset on a boundary belongs
 * to the earlier node when it ends a range and to the later node when it starts one, so a range
 * never begins at the very end of a node or finishes at the very start of the next.
 */
export function pointAt(segments: readonly TextSegment[], offset: number, edge: 'start' | 'end'): SegmentPoint | null {
  for (const seg of segments) {
    const end = seg.start + seg.length;
    const inside = edge === 'start' ? offset >= seg.start && offset < end : offset > seg.start && offset <= end;
    if (inside) return { key: seg.key, offset: offset - seg.start };
  }
  return null;
}

/** The per-node pieces a block-level range covers, for highlighting it node by node. */
export function piecesOf(segments: readonly TextSegment[], start: number, end: number): Array<{ key: string; from: number; to: number }> {
  const out: Array<{ key: string; from: number; to: number }> = [];
  for (const seg of segments) {
    const segEnd = seg.start + seg.length;
    const from = Math.max(start, seg.start);
    const to = Math.min(end, segEnd);
    if (from < to) out.push({ key: seg.key, from: from - seg.start, to: to - seg.start });
  }
  return out;
}
