import { isAllowedLinkUrl } from '../link-policy';
import { BLOCK_STATE_KEY, isValidTextBlockState } from './text-blocks/block-state';
import { isHighlightClass, isHighlightStyle } from './highlight/highlight-colors';

/**
 * The keys Lexical's own nodes write in a story body (a fresh instance's `exportJSON()` plus the
 * optional ones), and the checks their values must pass. Free of Lexical, so the story schema
 * can read it; tests/unit/content/lexical-node-keys.test.ts holds it against real instances.
 */
const ELEMENT = ['type', 'version', 'children', 'direction', 'format', 'indent', 'textFormat', 'textStyle'];
const TEXT = ['type', 'version', 'text', 'detail', 'format', 'mode', 'style'];
const LINK = [...ELEMENT, 'url', 'rel', 'target', 'title'];

export const lexicalNodeKeys: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ['root', ELEMENT],
  // `$`: the WordPress attributes a text block keeps (see text-blocks/block-state.ts).
  ['paragraph', [...ELEMENT, BLOCK_STATE_KEY]],
  ['quote', ELEMENT],
  ['heading', [...ELEMENT, 'tag', BLOCK_STATE_KEY]],
  ['list', [...ELEMENT, 'listType', 'start', 'tag', BLOCK_STATE_KEY]],
  ['listitem', [...ELEMENT, 'value', 'checked']],
  ['link', LINK],
  ['autolink', [...LINK, 'isUnlinked']],
  ['mark', [...ELEMENT, 'ids']],
  ['table', [...ELEMENT, 'colWidths', 'rowStriping', 'frozenColumnCount', 'frozenRowCount', BLOCK_STATE_KEY]],
  ['tablerow', [...ELEMENT, 'height']],
  ['tablecell', [...ELEMENT, 'backgroundColor', 'colSpan', 'rowSpan', 'headerState', 'width', 'verticalAlign']],
  // Presswork's element nodes (see nodes/quotation).
  ['quotation', [...ELEMENT, 'form']],
  ['quote-citation', ELEMENT],
  ['details', [...ELEMENT, 'open']],
  ['details-summary', ELEMENT],
  ['preformatted', [...ELEMENT, 'variant', 'lineBreaks']],
  ['highlight', [...ELEMENT, 'colorStyle', 'colorClass']],
  ['text', TEXT],
  ['tab', TEXT],
  ['linebreak', ['type', 'version']],
]);

const isNumber = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
const isString = (v: unknown) => typeof v === 'string';
const isNullableString = (v: unknown) => v === null || v === undefined || typeof v === 'string';

/** What a key's value must be, for the keys whose value could carry something harmful or break a node. */
const VALUE_CHECKS: Record<string, { test: (value: unknown, type: string) => boolean; what: string }> = {
  // Presswork never styles text: Lexical writes the empty string, anything else came from elsewhere.
  style: { test: (v) => v === undefined || v === '', what: 'an inline style' },
  textStyle: { test: (v) => v === undefined || v === '', what: 'an inline style' },
  format: { test: (v, type) => (type === 'text' || type === 'tab' ? isNumber(v) : isString(v) || isNumber(v)), what: 'a format that is not a number' },
  detail: { test: isNumber, what: 'a detail that is not a number' },
  indent: { test: isNumber, what: 'an indent that is not a number' },
  textFormat: { test: isNumber, what: 'a text format that is not a number' },
  text: { test: isString, what: 'text that is not a string' },
  url: { test: (v) => isString(v) && isAllowedLinkUrl(v as string), what: 'a link target Presswork does not allow' },
  rel: { test: isNullableString, what: 'a rel that is not text' },
  target: { test: isNullableString, what: 'a target that is not text' },
  title: { test: isNullableString, what: 'a title that is not text' },
  [BLOCK_STATE_KEY]: { test: isValidTextBlockState, what: 'WordPress attributes Presswork does not know' },
  open: { test: (v) => v === undefined || typeof v === 'boolean', what: 'a details setting that is not true or false' },
  form: { test: (v) => v === undefined || v === 'blocks' || v === 'html', what: 'a quote form Presswork does not know' },
  variant: { test: (v) => v === undefined || v === 'preformatted' || v === 'code' || v === 'verse', what: 'a kind of preformatted text Presswork does not know' },
  lineBreaks: { test: (v) => v === undefined || v === 'newline' || v === 'br', what: 'a line-break form Presswork does not know' },
  colorStyle: { test: (v) => v === undefined || (typeof v === 'string' && isHighlightStyle(v)), what: 'a highlight style that is not only colours' },
  colorClass: { test: (v) => v === undefined || (typeof v === 'string' && isHighlightClass(v)), what: 'a highlight class that is not a colour' },
  backgroundColor: { test: (v) => v === null || v === undefined, what: 'a cell colour' },
};

/** Why one value of a Lexical node is refused, or null when it is fine. */
export function lexicalValueProblem(type: string, key: string, value: unknown): string | null {
  const check = VALUE_CHECKS[key];
  return check && !check.test(value, type) ? check.what : null;
}
