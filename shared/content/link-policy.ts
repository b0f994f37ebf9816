/**
 * Which link targets a story may carry. Lexical's HTML export blanks a `javascript:` URL but
 * its JSON keeps it verbatim, so the policy is applied to the JSON itself: when a story is
 * loaded, when it is published, and wherever a link is created or imported.
 */
export const ALLOWED_LINK_PROTOCOLS = ['http:', 'https:', 'mailto:', 'tel:'] as const;

/**
 * In-page anchors (`#fn-1`, a heading's `#section-2`) and relative targets on the same site
 * (`/about`, `../x`, `./x`, `?page=2`) are allowed too: footnote references and archive posts use
 * them, and none of them can name a scheme, so none can run anything.
 */
export type LinkCheck = { ok: true; url: string } | { ok: false; reason: string };

// A fragment, a path from the site's root (or another host with the page's scheme), a path from
// the current page, or a query: no scheme can start any of them.
const RELATIVE = /^(?:#[^\s"<>]*|\/[^\s"<>]*|\.\.?\/[^\s"<>]*|\?[^\s"<>]*)$/;

// Browsers ignore these when they read a scheme, so "java\tscript:" is still javascript:.
function isIgnoredInScheme(code: number): boolean {
  return (
    code <= 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0xad ||
    (code >= 0x200b && code <= 0x200f) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0xfeff
  );
}

function withoutIgnoredCharacters(url: string): string {
  let out = '';
  for (const char of url) if (!isIgnoredInScheme(char.codePointAt(0) ?? 0)) out += char;
  return out;
}

/** Checks a link target and says, in words an editor understands, why it is refused. */
export function checkLinkUrl(raw: string): LinkCheck {
  const url = raw.trim();
  if (url === '') return { ok: false, reason: 'Enter a web address.' };
  if (url.length > 2048) return { ok: false, reason: 'That address is too long (more than 2,048 characters).' };
  const compact = withoutIgnoredCharacters(url);
  if (RELATIVE.test(url)) {
    if (compact !== url) return { ok: false, reason: 'That address contains invisible or control characters.' };
    return { ok: true, url };
  }
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(compact);
  if (!scheme) {
    return {
      ok: false,
      reason: 'A link needs a full address starting with http://, https://, mailto: or tel:.',
    };
  }
  const protocol = `${(scheme[1] ?? '').toLowerCase()}:`;
  if (!(ALLOWED_LINK_PROTOCOLS as readonly string[]).includes(protocol)) {
    return {
      ok: false,
      reason: `Links starting with "${protocol}" are not allowed; use http://, https://, mailto: or tel:.`,
    };
  }
  if (compact !== url) return { ok: false, reason: 'That address contains invisible or control characters.' };
  if (protocol === 'http:' || protocol === 'https:') {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return { ok: false, reason: 'That is not a valid web address.' };
    }
    if (!parsed.hostname) return { ok: false, reason: 'That web address has no site name.' };
  } else if (url.length <= protocol.length) {
    return { ok: false, reason: `Add an address after "${protocol}".` };
  }
  return { ok: true, url };
}

export function isAllowedLinkUrl(url: string): boolean {
  return checkLinkUrl(url).ok;
}

/** An embed is fetched by WordPress and shown as a card: only a web address qualifies. */
export function checkEmbedUrl(raw: string): LinkCheck {
  const check = checkLinkUrl(raw);
  if (!check.ok) return check;
  if (!/^https?:\/\//i.test(check.url)) return { ok: false, reason: 'An embed needs a web address starting with http:// or https://.' };
  return check;
}

const LINK_TYPES = new Set(['link', 'autolink']);

export interface SanitizedLinks<T> {
  body: T;
  /** How many links or embeds had a refused target (links become plain text, embeds go). */
  removed: number;
}

/**
 * Walks serialized Lexical JSON and unwraps every link whose URL the policy refuses, keeping
 * its text, and removes every embed whose URL is not a web address, so neither the stored
 * story, the editor nor the published markup carries them. Returns a new value; the input is
 * not modified.
 */
export function sanitizeBodyLinks<T>(body: T): SanitizedLinks<T> {
  let removed = 0;
  const visitChildren = (children: unknown[]): unknown[] => {
    const out: unknown[] = [];
    for (const child of children) {
      if (typeof child !== 'object' || child === null) {
        out.push(child);
        continue;
      }
      const node = child as Record<string, unknown>;
      if (node.type === 'embed' && !checkEmbedUrl(typeof node.url === 'string' ? node.url : '').ok) {
        removed++;
        continue;
      }
      const kids = Array.isArray(node.children) ? visitChildren(node.children) : undefined;
      if (typeof node.type === 'string' && LINK_TYPES.has(node.type)) {
        const url = typeof node.url === 'string' ? node.url : '';
        if (!isAllowedLinkUrl(url)) {
          removed++;
          out.push(...(kids ?? []));
          continue;
        }
      }
      out.push(kids ? { ...node, children: kids } : { ...node });
    }
    return out;
  };
  const visitRoot = (value: unknown): unknown => {
    if (typeof value !== 'object' || value === null) return value;
    const record = value as Record<string, unknown>;
    if (Array.isArray(record.children)) return { ...record, children: visitChildren(record.children) };
    if ('root' in record) return { ...record, root: visitRoot(record.root) };
    return record;
  };
  const result = visitRoot(body) as T;
  return { body: result, removed };
}
