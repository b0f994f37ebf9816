/**
 * Common-word pairs ("common grams"): a phrase made only of very common words, such as "about new"
 * or "of the year", is the slowest thing FTS5 can be asked. Each of its words is in nearly every
 * story, so FTS5 reads and compares the positions of both words in every story: about 30 ms at
 * 100,000 stories, against 5–9 ms for anything else. So the index also holds each pair of adjacent
 * common words as one token, and such a phrase becomes a lookup of that token, which only the
 * stories with that exact pair hold. Pairs with a rarer word are not indexed: the rare word already
 * makes the phrase cheap, and indexing every pair would double the index.
 */

/** Frequent English words: function words and the commonest verbs, adverbs and adjectives. */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  `a about after again against all also an and any are as at back be because been before being
  between both but by came can come could day did do does down during each even first for from get
  going good had has have he her here him his how i if in into is it its just know last like made
  make many may me more most much must my new no not now of off on one only or other our out over
  people said same say says see she should so some still such take than that the their them then
  there these they this those through time to too two under up us very was way we well were what
  when where which while who will with would year years you your`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Starts every pair token. A private-use character: FTS5's unicode61 tokenizer keeps it inside a
 * token, so "about new" is indexed as one token, and no typed prefix can ever match a pair (a pair
 * never starts with a letter). Indexed text is cleaned of it.
 */
export const PAIR_MARK = '\uE000';

/** The token a pair of (folded) common words is indexed as. */
export const pairToken = (first: string, second: string): string => `${PAIR_MARK}${first}${PAIR_MARK}${second}`;

/**
 * What unicode61 (remove_diacritics 2) treats as one token: letters, numbers, private use and the
 * combining marks it folds away. Anything else (spaces, punctuation, symbols, format characters such
 * as a soft hyphen) separates tokens. A unit test holds this to FTS5's own tokenizer.
 */
const TOKEN = /[\p{L}\p{N}\p{Co}\p{M}]+/gu;

/** Folds a token as unicode61 does for the words that matter here (ASCII): accents off, lower case. */
export const foldWord = (word: string): string => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const ASCII_WORD = /^[a-z]+$/i;

/** Whether a (folded) word is one of COMMON_WORDS. */
export const isCommonWord = (folded: string): boolean => COMMON_WORDS.has(folded);

/** Every pair of adjacent common words in `text`, as pair tokens separated by spaces. */
export function commonWordPairs(text: string): string {
  const out: string[] = [];
  let previous: string | null = null;
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0];
    const word = ASCII_WORD.test(raw) ? raw.toLowerCase() : foldWord(raw);
    // Combining marks alone fold to nothing, and unicode61 drops such a token: it separates nothing.
    if (word === '') continue;
    if (COMMON_WORDS.has(word)) {
      if (previous !== null) out.push(pairToken(previous, word));
      previous = word;
    } else {
      previous = null;
    }
  }
  return out.join(' ');
}
