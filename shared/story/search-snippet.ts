import { HIGHLIGHT_END, HIGHLIGHT_START } from './library-schema';

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** The words of an FTS query built by ftsQuery, with whether each is a prefix. */
function terms(match: string): { word: string; prefix: boolean }[] {
  const out: { word: string; prefix: boolean }[] = [];
  for (const m of match.matchAll(/"([^"]*)"(\*?)/g)) {
    for (const w of m[1]!.split(' ')) if (w) out.push({ word: fold(w), prefix: m[2] === '*' });
  }
  return out;
}

/**
 * A short window of text around the first matching word, matches wrapped in the highlight markers.
 * Done here rather than with FTS5's snippet(), which re-tokenizes the whole story for every hit.
 */
export function searchSnippet(match: string, texts: readonly string[], radius = 80): string {
  const wanted = terms(match);
  if (wanted.length === 0) return (texts.find((t) => t.trim() !== '') ?? '').slice(0, radius * 2);
  // Most hits are found by one case-insensitive scan; folding accents word by word is the fallback.
  const escaped = wanted.map((t) => t.word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + (t.prefix ? '[\\p{L}\\p{N}]*' : ''));
  const quick = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  for (const text of texts) {
    quick.lastIndex = 0;
    const m = quick.exec(text);
    if (!m) continue;
    const start = Math.max(0, m.index - radius);
    const end = Math.min(text.length, m.index + m[0].length + radius);
    const window = text.slice(start, end).replace(/\s+/g, ' ');
    const marked = window.replace(quick, (w) => `${HIGHLIGHT_START}${w}${HIGHLIGHT_END}`);
    return `${start > 0 ? '…' : ''}${marked}${end < text.length ? '…' : ''}`;
  }
  const word = /[\p{L}\p{N}]+/gu;
  const isMatch = (w: string) => {
    const f = fold(w);
    return wanted.some((t) => (t.prefix ? f.startsWith(t.word) : f === t.word));
  };
  for (const text of texts) {
    for (const m of text.matchAll(word)) {
      if (!isMatch(m[0])) continue;
      const start = Math.max(0, m.index - radius);
      const end = Math.min(text.length, m.index + m[0].length + radius);
      const window = text.slice(start, end).replace(/\s+/g, ' ');
      const marked = window.replace(word, (w) => (isMatch(w) ? `${HIGHLIGHT_START}${w}${HIGHLIGHT_END}` : w));
      return `${start > 0 ? '…' : ''}${marked}${end < text.length ? '…' : ''}`;
    }
  }
  return (texts.find((t) => t.trim() !== '') ?? '').slice(0, radius * 2);
}
