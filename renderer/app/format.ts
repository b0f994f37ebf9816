/**
 * How the app writes dates and counts: one format everywhere, the system's own (Intl with no locale
 * named), so a list, a revision and a note written at the same minute read the same.
 */
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'long' });
const timeOnly = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });
const numbers = new Intl.NumberFormat();
// The words are English whatever the system's language, so their singular/plural follows English rules.
const english = new Intl.PluralRules('en');

/** A moment, to the minute: "Dec 3, 2026, 2:05 PM" in English. */
export const formatDateTime = (at: number): string => dateTime.format(at);

/** A day, as a site prints a story's date: "December 3, 2026" in English. */
export const formatDate = (at: number): string => dateOnly.format(at);

/** A time of today: "2:05 PM" in English. */
export const formatTime = (at: number): string => timeOnly.format(at);

/** A number with its noun: "1 word", "2 words", "1,204 words"; `many` when the plural is not just an s. */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${numbers.format(n)} ${english.select(n) === 'one' ? one : many}`;
}

/** A change in words, signed: "+1 word", "−12 words", "±0 words". */
export function wordDelta(n: number): string {
  if (n === 0) return '±0 words';
  return `${n > 0 ? '+' : '−'}${count(Math.abs(n), 'word')}`;
}
