import { escapeHtmlText } from './block-comment';
import { collapse } from './block-import-context';
import { isElement, parseHtmlDocument, tagName, type DomWindow } from '../dom-window';
import type { PublishedCaption } from '../nodes/published-caption';
import { sanitizeHtml } from '../sanitize-html';

/**
 * Captions of images, galleries and embeds between a site's markup and a node: read as words and
 * credit with their published HTML kept (sanitized), written back as published while unchanged.
 */

/** The caption's words and credit, and its inline HTML (sanitized) to write back while they stay unchanged. */
export function captionFields(
  html: string,
  window: DomWindow,
  options: { credit: boolean } = { credit: true },
): { caption: string; credit: string; publishedCaption: PublishedCaption } {
  const clean = sanitizeInline(html, window);
  // Only images carry a credit; an embed's caption is its words, an <em> at the end included.
  const { caption, credit } = options.credit ? splitCaption(clean, window) : { caption: collapse(parseHtmlDocument(clean, window).body?.textContent ?? ''), credit: '' };
  const publishedCaption: PublishedCaption = { html: clean, caption, credit };
  return { caption, credit, publishedCaption };
}

/**
 * Inline HTML cleaned like any HTML from a site, without the paragraph the sanitizer wraps loose
 * text in. When the source parses to exactly what the sanitizer keeps, its own bytes are kept
 * (`&nbsp;` stays `&nbsp;`), so it is written back byte for byte.
 */
export function sanitizeInline(html: string, window: DomWindow): string {
  const sanitized = sanitizeHtml(html, window).trim();
  const single = /^<p>([\s\S]*)<\/p>$/.exec(sanitized);
  const clean = single && !single[1]!.includes('<p>') ? single[1]! : sanitized;
  const source = html.trim();
  const serialized = (html: string) => parseHtmlDocument(html, window).body?.innerHTML ?? '';
  return serialized(source) === serialized(clean) ? source : clean;
}

/** The converter writes "caption<br><em>credit</em>"; read it back the same way. */
function splitCaption(html: string, window: DomWindow): { caption: string; credit: string } {
  const holder = parseHtmlDocument(html, window).body;
  if (!holder) return { caption: '', credit: '' };
  const elements = Array.from(holder.children);
  const last = elements[elements.length - 1];
  const tail = last && tagName(last) === 'em' && last.nextSibling === null ? last : null;
  const before = tail?.previousSibling ?? null;
  const creditLike = tail && (before === null || (isElement(before) && tagName(before) === 'br'));
  if (!creditLike || !tail) return { caption: collapse(holder.textContent ?? ''), credit: '' };
  const credit = collapse(tail.textContent ?? '');
  tail.remove();
  if (before) before.remove();
  return { caption: collapse(holder.textContent ?? ''), credit };
}

/** The caption's own bytes (a DOM would write `&nbsp;` back as `&#160;`). */
export function rawCaption(html: string): string | null {
  const match = /<figcaption\b[^>]*>([\s\S]*?)<\/figcaption>\s*<\/figure>/i.exec(html);
  return match ? match[1]! : null;
}

/** The published caption markup while its words are unchanged, else the node's words. */
export function writtenCaption(fields: { caption: string; credit?: string; publishedCaption: PublishedCaption | null }): string {
  const credit = fields.credit ?? '';
  const published = fields.publishedCaption;
  if (published && published.caption === fields.caption && published.credit === credit) return published.html;
  return captionHtml(fields.caption, credit);
}

/** WordPress has no credit field: the credit follows the caption on its own line, in italics. */
export function captionHtml(caption: string, credit: string): string {
  const parts: string[] = [];
  if (caption.trim()) parts.push(escapeHtmlText(caption.trim()));
  if (credit.trim()) parts.push(`<em>${escapeHtmlText(credit.trim())}</em>`);
  return parts.join('<br>');
}
