import { countWords } from '../../../shared/story/plain-text';

/** An adult's silent reading speed for news copy; the figure most newsrooms quote. */
export const WORDS_PER_MINUTE = 238;

/** "TK" (to come) and its doubled form "TKTK", as standalone tokens in capitals. */
const TK = /(?<![\p{L}\p{N}])TK(?:TK)*(?![\p{L}\p{N}])/gu;

export interface TextCounts {
  words: number;
  characters: number;
  tks: number;
}

export const ZERO_COUNTS: TextCounts = { words: 0, characters: 0, tks: 0 };

export function countText(text: string): TextCounts {
  let characters = 0;
  // Code points, not UTF-16 units, so an emoji or an astral character counts once.
  for (const ch of text) if (ch !== '\n') characters++;
  return { words: countWords(text), characters, tks: findTks(text).length };
}

export function addCounts(a: TextCounts, b: TextCounts): TextCounts {
  return { words: a.words + b.words, characters: a.characters + b.characters, tks: a.tks + b.tks };
}

/** Start and end offsets of every TK placeholder in the text. */
export function findTks(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(TK)) out.push([m.index, m.index + m[0].length]);
  return out;
}

export function readingMinutes(words: number): number {
  return words === 0 ? 0 : Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

export function formatReadingTime(words: number): string {
  const minutes = readingMinutes(words);
  if (minutes === 0) return 'No reading time';
  return minutes === 1 ? '1 min read' : `${minutes} min read`;
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

export const formatWords = (n: number) => plural(n, 'word', 'words');
export const formatCharacters = (n: number) => plural(n, 'character', 'characters');
export const formatTks = (n: number) => plural(n, 'TK', 'TKs');
