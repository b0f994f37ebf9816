/**
 * Anchors tying a footnote reference to its note in published HTML. WordPress 6.1 has no
 * footnotes block, so the numbers and links are plain HTML the converter writes and reads.
 */
export function footnoteAnchor(n: number): string {
  return `fn-${n}`;
}

export function footnoteReferenceAnchor(n: number): string {
  return `fn-${n}-link`;
}

export const FOOTNOTE_ANCHOR = /^fn-(\d+)$/;
/** A reference links to its note's anchor: `#fn-3` in our list format, `#<id>` in WordPress 6.3+'s. */
export const FOOTNOTE_REFERENCE_HREF = /^#([A-Za-z0-9_-]{1,80})$/;

/**
 * How a site takes footnotes: WordPress 6.3 added the core/footnotes block (notes in the post's
 * `footnotes` meta, references as `<sup data-fn>`); older sites, and sites that hide their
 * version, get the numbered list, which every version shows as written.
 */
export type FootnoteFormat = 'list' | 'core';

export function footnoteFormatFor(wpVersion: string | null): FootnoteFormat {
  const m = wpVersion ? /^(\d+)\.(\d+)/.exec(wpVersion) : null;
  if (!m) return 'list';
  const [major, minor] = [Number(m[1]), Number(m[2])];
  return major > 6 || (major === 6 && minor >= 3) ? 'core' : 'list';
}
