/**
 * What WordPress's text blocks carry beyond Lexical's own fields, kept as NodeState under the
 * node's `$` key: a heading's or paragraph's HTML anchor (`<h2 id="x">`), an ordered list's
 * `reversed` and `type`. Free of Lexical, so the story schema can check it; Lexical keeps `$`
 * through editing, copying and undo without a subclass.
 */
export const BLOCK_STATE_KEY = '$';

export interface TextBlockState {
  anchor?: string;
  reversed?: boolean;
  /** An ordered list's `type` attribute: `a`, `A`, `i`, `I` or `1`. */
  listType?: string;
  /** A paragraph's or heading's "Additional CSS class(es)" (WordPress's `className`), plain class tokens. */
  className?: string;
  /** A paragraph's or heading's preset font size (`fontSize`, the `has-<slug>-font-size` class). */
  fontSize?: string;
  /** A paragraph's drop cap (`has-drop-cap`). */
  dropCap?: boolean;
  /** A paragraph's placeholder (`placeholder`), what WordPress's editor shows in it while empty: a details block's paragraph has one. */
  placeholder?: string;
  /** A table's layout: false for WordPress's default automatic layout; absent is fixed, as Presswork makes tables. */
  fixedLayout?: boolean;
  /** A table's caption (`<figcaption>`), as plain text. */
  caption?: string;
  /** How many of a table's last rows are its footer (`<tfoot>`). */
  footerRows?: number;
}

// WordPress's anchor control takes any characters but spaces; quotes and angle brackets could break the tag.
const ANCHOR = /^[^\s"'<>&]{1,200}$/;
const LIST_TYPES = new Set(['1', 'a', 'A', 'i', 'I']);
const CLASS_NAMES = /^[A-Za-z_][\w-]{0,63}(?: [A-Za-z_][\w-]{0,63}){0,15}$/;
const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;

const CHECKS: Record<keyof TextBlockState, (value: unknown) => boolean> = {
  anchor: (v) => typeof v === 'string' && ANCHOR.test(v),
  reversed: (v) => typeof v === 'boolean',
  listType: (v) => typeof v === 'string' && LIST_TYPES.has(v),
  className: (v) => typeof v === 'string' && CLASS_NAMES.test(v),
  fontSize: (v) => typeof v === 'string' && SLUG.test(v),
  dropCap: (v) => v === true,
  placeholder: (v) => typeof v === 'string' && v.length <= 200 && !/\p{Cc}/u.test(v),
  fixedLayout: (v) => typeof v === 'boolean',
  caption: (v) => typeof v === 'string' && v.length <= 2000,
  footerRows: (v) => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 1000,
};

export function isAnchor(value: string): boolean {
  return ANCHOR.test(value);
}

export function isListStyleType(value: string): boolean {
  return LIST_TYPES.has(value);
}

/** The valid text-block state in a node's JSON; anything else under `$` is ignored. */
export function textBlockState(json: Record<string, unknown>): TextBlockState {
  const raw = json[BLOCK_STATE_KEY];
  if (typeof raw !== 'object' || raw === null) return {};
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const check = CHECKS[key as keyof TextBlockState];
    if (check?.(value)) out[key] = value;
  }
  return out as TextBlockState;
}

/** Whether a `$` value holds only known text-block state, each valid: what a saved body may carry. */
export function isValidTextBlockState(value: unknown): boolean {
  if (value === undefined) return true;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.entries(value as Record<string, unknown>).every(([key, v]) => CHECKS[key as keyof TextBlockState]?.(v) ?? false);
}

/** `json` with `state` set under `$` (empty state leaves no `$`). */
export function withTextBlockState<T extends Record<string, unknown>>(json: T, state: TextBlockState): T {
  // `false` is only kept where it says something (a table's automatic layout).
  const entries = Object.entries(state).filter(([k, v]) => v !== undefined && (v !== false || k === 'fixedLayout') && v !== '');
  if (entries.length === 0) return json;
  return { ...json, [BLOCK_STATE_KEY]: Object.fromEntries(entries) };
}
