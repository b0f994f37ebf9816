/**
 * A caption as the site published it (its inline HTML, sanitized), with the words it was read
 * as: while the node's caption and credit are still those words, the published HTML is written
 * back as it was (links, bold, italic kept); once the user edits them, the new words are written.
 * Shared by images, gallery images, galleries and embeds.
 */
export interface PublishedCaption {
  html: string;
  caption: string;
  credit: string;
}

export function parsePublishedCaption(json: unknown): PublishedCaption | null {
  if (typeof json !== 'object' || json === null) return null;
  const { html, caption, credit } = json as Record<string, unknown>;
  return typeof html === 'string' && typeof caption === 'string' && typeof credit === 'string' ? { html, caption, credit } : null;
}
