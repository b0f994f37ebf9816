import { parseHtmlDocument, type DomWindow } from '../../dom-window';
import { sanitizeHtml } from '../../sanitize-html';

/** What the editor shows of a preserved block: nothing of it ever runs. */
export interface PreservedBlockPreview {
  /** The block's HTML through the paste sanitizer: text structure only, no script, style, frame or image. */
  html: string;
  /** The host of each frame (an iframe, embed or object) the block holds, for "Embedded frame from …". */
  frames: string[];
  /** Scripts, styles or event attributes the block holds, which the preview leaves out. */
  active: boolean;
}

/**
 * The preview of a preserved block's markup. The markup is parsed in an inert document (a
 * DOMParser document runs nothing) only to name its frames; what is shown is sanitized HTML.
 */
export function preservedBlockPreview(markup: string, window: DomWindow): PreservedBlockPreview {
  const doc = parseHtmlDocument(markup, window);
  const frames: string[] = [];
  for (const frame of Array.from(doc.querySelectorAll('iframe, embed, object'))) {
    const source = frame.getAttribute('src') ?? frame.getAttribute('data') ?? '';
    const host = hostOf(source);
    if (!frames.includes(host)) frames.push(host);
  }
  return { html: sanitizeHtml(markup, window), frames, active: holdsActiveContent(markup) };
}

/** Raw HTML a site may filter (kses) for a user without `unfiltered_html`: scripts, styles, frames, event attributes. */
export function holdsActiveContent(markup: string): boolean {
  return /<(?:script|style|iframe|object|embed|form)\b|\son[a-z]+\s*=|javascript:/i.test(markup);
}

function hostOf(source: string): string {
  try {
    return new URL(source).host || 'an unknown address';
  } catch {
    return 'an unknown address';
  }
}
