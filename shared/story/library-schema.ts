import { z } from 'zod';
import { foldWord, isCommonWord, PAIR_MARK, pairToken } from './common-word-pairs';
import { SectionId, StoryId, StoryStatus } from './story-schema';

export const LIBRARY_VIEWS = ['stories', 'spike', 'archive'] as const;
export const LibraryView = z.enum(LIBRARY_VIEWS);
export type LibraryView = z.infer<typeof LibraryView>;

export const LIBRARY_SORTS = ['updated', 'headline', 'words'] as const;
export const LibrarySort = z.enum(LIBRARY_SORTS);
export type LibrarySort = z.infer<typeof LibrarySort>;

/** Where the previous page ended: the sort key and id of its last row (keyset paging). */
export const LibraryCursor = z.object({ key: z.union([z.string(), z.number()]), id: StoryId });
export type LibraryCursor = z.infer<typeof LibraryCursor>;

export const LibraryFilter = z
  .object({
    view: LibraryView.default('stories'),
    status: StoryStatus.nullable().default(null),
    /** Includes the stories of the section's subsections. */
    sectionId: SectionId.nullable().default(null),
    author: z.string().trim().max(120).nullable().default(null),
    site: z.string().max(200).nullable().default(null),
    hasTks: z.boolean().default(false),
  })
  .strict();
export type LibraryFilter = z.output<typeof LibraryFilter>;

export const LibraryQuery = z
  .object({
    filter: LibraryFilter.default(() => LibraryFilter.parse({})),
    sort: LibrarySort.default('updated'),
    after: LibraryCursor.nullable().default(null),
    limit: z.number().int().min(1).max(500).default(100),
    /** Counting every match costs a scan; asked for on the first page only. */
    withTotal: z.boolean().default(false),
  })
  .strict();
export type LibraryQuery = z.input<typeof LibraryQuery>;

export const LibraryRow = z.object({
  id: StoryId,
  headline: z.string(),
  status: StoryStatus,
  sections: z.array(z.string()),
  byline: z.array(z.string()),
  updatedAt: z.number().int(),
  wordCount: z.number().int(),
  tkCount: z.number().int(),
  site: z.string().nullable(),
  archivedAt: z.number().int().nullable(),
  /** Live on a site (or scheduled there) and edited since it was last sent: the Unpublished changes mark. */
  unpublishedChanges: z.boolean(),
});
export type LibraryRow = z.infer<typeof LibraryRow>;

export const LibraryPage = z.object({
  rows: z.array(LibraryRow),
  next: LibraryCursor.nullable(),
  total: z.number().int().nullable(),
});
export type LibraryPage = z.infer<typeof LibraryPage>;

export const SearchInput = z
  .object({
    query: z.string().max(500, 'A search is at most 500 characters.'),
    view: LibraryView.default('stories'),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .strict();

/** Snippets mark matches between these two characters, which never occur in indexed text. */
export const HIGHLIGHT_START = '\u0002';
export const HIGHLIGHT_END = '\u0003';

export const SearchHit = LibraryRow.extend({ snippet: z.string() });
export type SearchHit = z.infer<typeof SearchHit>;

/** A snippet split into plain and highlighted runs, for rendering without HTML. */
export function snippetRuns(snippet: string): { text: string; match: boolean }[] {
  const runs: { text: string; match: boolean }[] = [];
  let rest = snippet;
  while (rest.length > 0) {
    const start = rest.indexOf(HIGHLIGHT_START);
    if (start === -1) {
      runs.push({ text: rest, match: false });
      break;
    }
    if (start > 0) runs.push({ text: rest.slice(0, start), match: false });
    const end = rest.indexOf(HIGHLIGHT_END, start);
    const stop = end === -1 ? rest.length : end;
    runs.push({ text: rest.slice(start + 1, stop), match: true });
    rest = rest.slice(stop + 1);
  }
  return runs.filter((r) => r.text !== '');
}

/** One part of a search as typed: a word, or a "quoted phrase", and whether it matches as a prefix. */
interface QueryPart {
  words: string[];
  prefix: boolean;
}

// What FTS5's tokenizer keeps in one token (see common-word-pairs.ts); the pair mark never comes from typing.
const QUERY_WORD = /[\p{L}\p{N}\p{Co}\p{M}]+/gu;
// A word of combining marks alone folds to nothing, and FTS5 drops it.
const wordsOf = (text: string) => {
  const words = (text.replaceAll(PAIR_MARK, ' ').match(QUERY_WORD) ?? []).filter((w) => foldWord(w) !== '');
  return words.length > 0 ? words : null;
};

function queryParts(input: string): QueryPart[] {
  const parts: QueryPart[] = [];
  const re = /"([^"]*)"?|(\S+)/g;
  const trailingSpace = /\s$/.test(input);
  const matches = [...input.matchAll(re)];
  matches.forEach((m, i) => {
    const last = i === matches.length - 1;
    if (m[1] !== undefined) {
      const words = wordsOf(m[1]);
      if (words) parts.push({ words, prefix: false });
      return;
    }
    const raw = m[2]!;
    const words = wordsOf(raw);
    if (!words) return;
    parts.push({ words, prefix: raw.endsWith('*') || (last && !trailingSpace) });
  });
  return parts;
}

const phrase = (part: QueryPart) => `"${part.words.join(' ')}"${part.prefix ? '*' : ''}`;

/**
 * Turns what a user types into an FTS5 query that cannot be a syntax error: every word is quoted,
 * "quoted phrases" stay phrases, the word being typed (the last) and any word ending in * match as
 * prefixes. Null when nothing searchable was typed. This is the query as the user meant it (the
 * snippet highlights its words); the index is asked ftsIndexQuery's form of it.
 */
export function ftsQuery(input: string): string | null {
  const parts = queryParts(input);
  return parts.length > 0 ? parts.map(phrase).join(' ') : null;
}

/**
 * ftsQuery's query as the index answers it fastest, with the same matches: a phrase made only of
 * common words asks for its indexed pairs (see common-word-pairs.ts). Two words are exactly their
 * pair; a longer phrase needs every pair and still the phrase itself, which FTS5 then checks only in
 * the stories that hold every pair.
 */
export function ftsIndexQuery(input: string): string | null {
  const parts = queryParts(input);
  if (parts.length === 0) return null;
  return parts
    .map((part) => {
      const folded = part.words.map(foldWord);
      if (part.prefix || folded.length < 2 || !folded.every(isCommonWord)) return phrase(part);
      const pairs = folded.slice(1).map((word, i) => `"${pairToken(folded[i]!, word)}"`);
      return folded.length === 2 ? pairs[0]! : [...pairs, phrase(part)].join(' ');
    })
    .join(' ');
}
