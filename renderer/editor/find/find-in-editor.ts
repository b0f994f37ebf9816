import { $createRangeSelection, $setSelection } from 'lexical';
import { findMatches, type FindOptions } from './find-matches';
import { $collectTextBlocks, type TextBlock } from './text-blocks';
import { pointAt } from './text-segments';

export interface BodyMatch {
  block: TextBlock;
  start: number;
  end: number;
}

/** Every match in the body, in reading order; inside editor.read or editor.update. */
export function $searchBody(query: string, options: FindOptions): BodyMatch[] {
  const out: BodyMatch[] = [];
  for (const block of $collectTextBlocks()) {
    for (const m of findMatches(block.text, query, options)) out.push({ block, start: m.start, end: m.end });
  }
  return out;
}

/** Replaces one match, which keeps the format of its first character; inside editor.update. */
export function $replaceMatch(match: BodyMatch, replacement: string): void {
  const anchor = pointAt(match.block.segments, match.start, 'start');
  const focus = pointAt(match.block.segments, match.end, 'end');
  if (!anchor || !focus) return;
  const selection = $createRangeSelection();
  selection.anchor.set(anchor.key, anchor.offset, 'text');
  selection.focus.set(focus.key, focus.offset, 'text');
  $setSelection(selection);
  selection.insertText(replacement);
}

/** Replaces the index-th match as the body reads now; inside editor.update. */
export function $replaceNth(query: string, replacement: string, options: FindOptions, index: number): boolean {
  const match = $searchBody(query, options)[index];
  if (!match) return false;
  $replaceMatch(match, replacement);
  return true;
}

/** Replaces every match in one update (one undo step); returns how many. Inside editor.update. */
export function $replaceAll(query: string, replacement: string, options: FindOptions): number {
  const matches = $searchBody(query, options);
  // Right to left, so replacing one match leaves the offsets of the earlier ones intact.
  for (let i = matches.length - 1; i >= 0; i--) $replaceMatch(matches[i]!, replacement);
  return matches.length;
}
