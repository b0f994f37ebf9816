/** The character of a numeric entity, or null for one no character has (a site may send &#99999999;). */
function codePoint(n: number): string | null {
  return Number.isInteger(n) && n > 0 && n <= 0x10ffff && (n < 0xd800 || n > 0xdfff) ? String.fromCodePoint(n) : null;
}

/** Decodes the entities WordPress writes in titles and names; unknown or impossible ones stay as written. */
export function decodeEntities(text: string): string {
  return text
    .replace(/&#0*39;|&#x0*27;/gi, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#(\d+);/g, (whole, n: string) => codePoint(Number(n)) ?? whole)
    .replace(/&#x([0-9a-f]+);/gi, (whole, n: string) => codePoint(Number.parseInt(n, 16)) ?? whole)
    .replace(/&amp;/g, '&');
}
