/**
 * Classic (pre-block) post content: HTML without block delimiters, which WordPress paragraphs on
 * display (wpautop). It is read and written back chunk by chunk, a chunk being one of wpautop's
 * paragraphs.
 */

/** WordPress's own test (`has_blocks`): content without a block delimiter is classic. */
export function isClassicContent(content: string): boolean {
  return content.trim() !== '' && !content.includes('<!-- wp:');
}

// Elements a blank line inside does not end: wpautop paragraphs within them, but they are one piece.
const CONTAINERS = 'table|ul|ol|dl|pre|div|blockquote|figure|section|article|aside|details|form|fieldset|select|object|script|style|iframe|video|audio|math|svg';
const TAG = new RegExp(`<(/?)(${CONTAINERS})\\b[^>]*?(/?)>`, 'gi');
const SHORTCODE_OPEN = /\[(caption|gallery|embed|audio|video|playlist)\b[^\]]*\]/gi;

/**
 * Classic content cut at blank lines (wpautop's paragraphs), except inside an element left open
 * (a table, a list, a `<pre>`, a `<div>`…) or an enclosing shortcode left open (`[caption]…`),
 * whose blank lines stay in the chunk. Chunks are trimmed and never empty; line endings are
 * WordPress's `\n`.
 */
export function classicChunks(content: string): string[] {
  const parts = content.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n\s*/);
  const chunks: string[] = [];
  let pending: string[] = [];
  let depth = 0;
  const shortcodes: string[] = [];
  for (const part of parts) {
    pending.push(part);
    depth = Math.max(0, depth + openElements(part));
    trackShortcodes(part, shortcodes);
    if (depth > 0 || shortcodes.length > 0) continue;
    const chunk = pending.join('\n\n').trim();
    if (chunk !== '') chunks.push(chunk);
    pending = [];
  }
  const rest = pending.join('\n\n').trim();
  if (rest !== '') chunks.push(rest);
  return chunks;
}

/** Opening container tags minus closing ones in a part (self-closed tags count for nothing). */
function openElements(part: string): number {
  let depth = 0;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(part); match !== null; match = TAG.exec(part)) {
    if (match[3] === '/') continue;
    depth += match[1] === '/' ? -1 : 1;
  }
  return depth;
}

/** Enclosing shortcodes opened and not yet closed, in `open` (a stack of names). */
function trackShortcodes(part: string, open: string[]): void {
  SHORTCODE_OPEN.lastIndex = 0;
  for (let match = SHORTCODE_OPEN.exec(part); match !== null; match = SHORTCODE_OPEN.exec(part)) {
    const name = match[1]!.toLowerCase();
    const close = part.toLowerCase().indexOf(`[/${name}]`, match.index);
    if (close < 0 && (name === 'caption' || name === 'embed')) open.push(name);
  }
  for (let k = open.length - 1; k >= 0; k--) if (part.toLowerCase().includes(`[/${open[k]}]`)) open.splice(k, 1);
}
