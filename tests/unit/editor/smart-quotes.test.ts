import { describe, expect, it } from 'vitest';
import { quoteMarks, smartQuote } from '../../../renderer/editor/smart-quotes';

/** Types `text` key by key as the editor does: each straight quote becomes what smartQuote says, given the line so far. */
function typed(text: string, language: string): string {
  const marks = quoteMarks(language);
  let line = '';
  for (const ch of text) line += ch === '"' || ch === "'" ? (smartQuote(ch, line, marks) ?? ch) : ch;
  return line;
}

describe('smart quotes in the site’s language (#14.4)', () => {
  it('English: curly quotes that open after a space or the line’s start and close after words, and the apostrophe', () => {
    expect(typed(`"Don't," she said, "call it 'final.'"`, 'en-US')).toBe('“Don’t,” she said, “call it ‘final.’”');
    expect(typed(`("quoted")`, 'en')).toBe('(“quoted”)');
  });

  it('German „ “ with ‚ ‘, the apostrophe staying ’; French « » with narrow no-break spaces', () => {
    expect(typed(`Er sagte: "Das ist 'fast' fertig", und ging's an.`, 'de-DE')).toBe('Er sagte: „Das ist ‚fast‘ fertig“, und ging’s an.');
    expect(typed(`Il a dit "bonjour" à l'équipe.`, 'fr_FR')).toBe('Il a dit «\u202fbonjour\u202f» à l’équipe.');
    expect(typed(`"Grüezi"`, 'de-CH')).toBe('«Grüezi»');
    expect(typed(`"ok"`, 'xx')).toBe('“ok”');
  });

  it('leaves an address or a path being typed alone', () => {
    expect(typed(`see https://example.org/?q="x"`, 'en')).toBe('see https://example.org/?q="x"');
    expect(typed(`mail desk@example.org's`, 'en')).toBe(`mail desk@example.org's`);
    expect(typed(`then "this"`, 'en')).toBe('then “this”');
  });
});
