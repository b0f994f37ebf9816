export interface FindOptions {
  matchCase: boolean;
  wholeWord: boolean;
}

export interface TextMatch {
  start: number;
  end: number;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A word character for "whole word": any letter, digit or underscore in any script. */
const WORD_CHAR = '[\\p{L}\\p{N}\\p{M}_]';

/** The regular expression a find query stands for; null when there is nothing to look for. */
export function queryPattern(query: string, options: FindOptions): RegExp | null {
  if (query === '') return null;
  let source = escapeRegExp(query);
  if (options.wholeWord) source = `(?<!${WORD_CHAR})${source}(?!${WORD_CHAR})`;
  return new RegExp(source, options.matchCase ? 'gu' : 'giu');
}

/** Non-overlapping matches, left to right, as the find panel steps through them. */
export function findMatches(text: string, query: string, options: FindOptions): TextMatch[] {
  const pattern = queryPattern(query, options);
  if (!pattern) return [];
  const out: TextMatch[] = [];
  for (const m of text.matchAll(pattern)) {
    if (m[0].length === 0) continue;
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The text with every match replaced, literally (a "$" in the replacement is not a pattern). */
export function replaceAllInText(text: string, query: string, replacement: string, options: FindOptions): string {
  const pattern = queryPattern(query, options);
  return pattern ? text.replace(pattern, () => replacement) : text;
}
