import { sanitizeBodyLinks } from './link-policy';

const STYLE_KEYS = ['style', 'textStyle'] as const;

/**
 * What a body stored by an older version or another tool may still carry and Presswork never
 * shows: links to a refused target (unwrapped, text kept), embeds of a non-web address, and
 * inline styles (Lexical applies a text node's `style` as CSS, so one could cover the window or
 * fetch a remote image). Applied where a body enters the editor; the save path needs only the
 * link pass, since the save schema refuses styles. The input is not modified.
 */
export function cleanStoredBody<T>(body: T): { body: T; removed: number } {
  const links = sanitizeBodyLinks(body);
  let removed = links.removed;
  const visit = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(visit);
    if (typeof value !== 'object' || value === null) return value;
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if ((STYLE_KEYS as readonly string[]).includes(key) && typeof item === 'string' && item !== '') {
        removed++;
        out[key] = '';
      } else {
        out[key] = key === 'children' || key === 'root' ? visit(item) : item;
      }
    }
    return out;
  };
  return { body: visit(links.body) as T, removed };
}
