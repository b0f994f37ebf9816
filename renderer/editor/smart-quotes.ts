/** The typographic quotes of a language: double and single, opening and closing, and its apostrophe. */
export interface QuoteMarks {
  open: string;
  close: string;
  openSingle: string;
  closeSingle: string;
}

const ENGLISH: QuoteMarks = { open: '“', close: '”', openSingle: '‘', closeSingle: '’' };
const GERMAN: QuoteMarks = { open: '„', close: '“', openSingle: '‚', closeSingle: '‘' };
const GUILLEMETS: QuoteMarks = { open: '«', close: '»', openSingle: '‹', closeSingle: '›' };
// French sets its guillemets apart from the words with a narrow no-break space, as Word does on typing.
const FRENCH: QuoteMarks = { open: '«\u202f', close: '\u202f»', openSingle: '‹\u202f', closeSingle: '\u202f›' };
const POLISH: QuoteMarks = { open: '„', close: '”', openSingle: '‚', closeSingle: '’' };
const SWEDISH: QuoteMarks = { open: '”', close: '”', openSingle: '’', closeSingle: '’' };
const DANISH: QuoteMarks = { open: '»', close: '«', openSingle: '›', closeSingle: '‹' };
const JAPANESE: QuoteMarks = { open: '「', close: '」', openSingle: '『', closeSingle: '』' };

/** By language subtag, then by full tag where a region differs (Swiss German and French use guillemets without spaces). */
const BY_TAG: Record<string, QuoteMarks> = {
  'de-ch': GUILLEMETS,
  'fr-ch': GUILLEMETS,
  'pt-br': ENGLISH,
};
const BY_LANGUAGE: Record<string, QuoteMarks> = {
  en: ENGLISH, nl: ENGLISH, ga: ENGLISH, zh: ENGLISH, ko: ENGLISH, tr: ENGLISH, hi: ENGLISH, bn: ENGLISH, id: ENGLISH, ms: ENGLISH,
  de: GERMAN, cs: GERMAN, sk: GERMAN, sl: GERMAN, lt: GERMAN, is: GERMAN, et: GERMAN, ka: GERMAN, bg: GERMAN,
  fr: FRENCH,
  es: GUILLEMETS, it: GUILLEMETS, pt: GUILLEMETS, ca: GUILLEMETS, ru: GUILLEMETS, uk: GUILLEMETS, be: GUILLEMETS, el: GUILLEMETS, nb: GUILLEMETS, no: GUILLEMETS, nn: GUILLEMETS, fa: GUILLEMETS, ar: GUILLEMETS, hy: GUILLEMETS,
  pl: POLISH, hu: POLISH, ro: POLISH, hr: POLISH, sr: POLISH,
  sv: SWEDISH, fi: SWEDISH,
  da: DANISH,
  ja: JAPANESE,
};

/** The quotes of a BCP 47 language tag (`de-DE`, `fr`, WordPress's `de_DE`); English ones for a language not listed. */
export function quoteMarks(language: string): QuoteMarks {
  const tag = language.trim().toLowerCase().replace(/_/g, '-');
  return BY_TAG[tag] ?? BY_LANGUAGE[tag.split('-')[0]!] ?? ENGLISH;
}

/** The apostrophe is the same in every language written with these marks: U+2019. */
export const APOSTROPHE = '’';

/** Before the caret, these make the next quote an opening one: the line's start, a space, an opening bracket or dash, another opening quote. */
const OPENS_AFTER = /(^|[\s([{\u2013\u2014/-]|[“‘„‚«‹「『])$/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]$/u;
/** The word being typed is an address or a path: its quotes stay straight (`https://x.test/?q="a"`, `C:\`). */
const ADDRESS = /(?:^|\s)\S*(?::\/\/|www\.|@|\\|\/\S*\/)\S*$/u;

/**
 * What a straight quote typed after `before` (the text of the line up to the caret) becomes, or
 * null to leave it straight. A single quote after a letter or digit is the apostrophe (don’t,
 * rock ’n’ roll’s), unless it closes a single quote opened earlier in the line
 * with a mark other than the apostrophe (German ‚ja‘).
 */
export function smartQuote(typed: '"' | "'", before: string, marks: QuoteMarks): string | null {
  if (ADDRESS.test(before)) return null;
  const opening = OPENS_AFTER.test(before);
  if (typed === '"') return opening ? marks.open : marks.close;
  if (opening) return marks.openSingle;
  if (LETTER_OR_DIGIT.test(before) && (marks.closeSingle.trim() === APOSTROPHE || !hasOpenSingle(before, marks))) return APOSTROPHE;
  return marks.closeSingle;
}

/** Whether the line has a single quote opened and not yet closed. */
function hasOpenSingle(text: string, marks: QuoteMarks): boolean {
  const open = marks.openSingle.trim();
  const close = marks.closeSingle.trim();
  let depth = 0;
  for (const ch of text) {
    if (ch === open && open !== close) depth++;
    else if (ch === close && depth > 0) depth--;
  }
  return depth > 0;
}
