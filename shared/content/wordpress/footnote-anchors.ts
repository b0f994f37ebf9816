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
export const FOOTNOTE_REFERENCE_HREF = /^#fn-(\d+)$/;
