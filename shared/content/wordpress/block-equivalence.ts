import { autop } from '@wordpress/autop';
import { parse } from '@wordpress/block-serialization-default-parser';
import { childNodesOf, isElement, isText, parseHtmlDocument, tagName, type DomWindow } from '../dom-window';
import type { ParsedBlock } from './block-import-context';
import { blockLabel } from './block-labels';

/** One way the markup Presswork would write differs from what the site holds. */
export interface MarkupDifference {
  /** removed: only the site has it; added: only Presswork would write it; changed: both, differently. */
  kind: 'removed' | 'added' | 'changed';
  /** The block's name (`core/table`), or null for classic HTML. */
  blockName: string | null;
  /** What a writer calls it ("Table", "Classic"). */
  label: string;
  /** Where in the site's post: top-level index, then inner-block indexes ("3.1"). */
  path: string;
  /** What differs; `text` means a reader would see different words. */
  aspects: Array<'name' | 'attributes' | 'html' | 'text'>;
  /** The normalized forms compared, cut to a readable length. */
  theirs: string;
  ours: string;
}

export interface CompareOptions {
  /**
   * Tolerate what WordPress itself changes on save (default true): 6.1 adds `rel="noopener"` to
   * every link with a target (`wp_targeted_link_rel`); newer editors add the `wp-block-heading`
   * and `wp-block-list` classes to headings and lists they save, older ones drop them.
   */
  wordpressSaveChanges?: boolean;
}

const EXCERPT = 400;

/**
 * Compares two post contents as WordPress reads them: both parsed with the block parser, blocks
 * matched in order, and for each its name, its attributes (key order ignored) and its HTML
 * normalized (whitespace between tags collapsed, attribute order ignored, classes as a set,
 * entities decoded) with its visible text. Classic HTML is compared as WordPress shows it, after
 * wpautop. An empty answer means equivalent.
 */
export function compareMarkup(theirs: string, ours: string, window: DomWindow, options: CompareOptions = {}): MarkupDifference[] {
  const context: Context = { window, tolerate: options.wordpressSaveChanges !== false };
  return compareLists(units(parse(theirs), context), units(parse(ours), context), '', context);
}

/** True when a reader and WordPress would find nothing different between the two contents. */
export function equivalentMarkup(theirs: string, ours: string, window: DomWindow, options: CompareOptions = {}): boolean {
  return compareMarkup(theirs, ours, window, options).length === 0;
}

interface Context {
  window: DomWindow;
  tolerate: boolean;
}

/** A block, or one top-level element of a classic run, reduced to what is compared. */
interface Unit {
  name: string | null;
  attrs: string;
  html: string;
  text: string;
  inner: Unit[];
  key: string;
}

/**
 * Sibling blocks as units. Runs of classic HTML are joined and paragraphed as wpautop would show
 * them, then cut into their top-level elements, so a classic post compares paragraph by paragraph.
 */
function units(blocks: ParsedBlock[], context: Context): Unit[] {
  const out: Unit[] = [];
  let classic = '';
  const flush = (): void => {
    if (classic.trim() !== '') out.push(...classicUnits(classic, context));
    classic = '';
  };
  for (const block of blocks) {
    if (block.blockName === null) {
      classic += block.innerHTML;
      continue;
    }
    flush();
    out.push(blockUnit(block, context));
  }
  flush();
  return out;
}

function blockUnit(block: ParsedBlock, context: Context): Unit {
  // The block's own HTML with a mark where each inner block sits.
  const own = block.innerContent.map((piece) => (piece === null ? '<pw-inner></pw-inner>' : piece)).join('');
  const doc = parseHtmlDocument(own, context.window);
  const html = doc.body ? normalizeChildren(doc.body, context) : '';
  const text = doc.body ? visibleText(doc.body) : '';
  const attrs = canonicalJson(block.attrs ?? {});
  const inner = units(block.innerBlocks, context);
  const name = block.blockName;
  return { name, attrs, html, text, inner, key: `${name}|${attrs}|${html}|${inner.map((u) => u.key).join('\u0001')}` };
}

function classicUnits(html: string, context: Context): Unit[] {
  const doc = parseHtmlDocument(autop(html), context.window);
  if (!doc.body) return [];
  const out: Unit[] = [];
  for (const node of childNodesOf(doc.body)) {
    if (isText(node) && node.data.trim() === '') continue;
    const holder = doc.createElement('div');
    holder.appendChild(node.cloneNode(true));
    const normalized = normalizeChildren(holder, context);
    if (normalized === '') continue;
    out.push({ name: null, attrs: '', html: normalized, text: visibleText(holder), inner: [], key: `classic|${normalized}` });
  }
  return out;
}

/** Matches two sibling lists on their longest common run, then pairs what is left between matches. */
function compareLists(theirs: Unit[], ours: Unit[], prefix: string, context: Context): MarkupDifference[] {
  const n = theirs.length;
  const m = ours.length;
  // Longest common subsequence over whole-unit keys; lists are a post's blocks, a few hundred at most.
  const table: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i]![j] = theirs[i]!.key === ours[j]!.key ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const differences: MarkupDifference[] = [];
  let i = 0;
  let j = 0;
  let gapTheirs: number[] = [];
  let gapOurs: number[] = [];
  const closeGap = (): void => {
    const paired = Math.min(gapTheirs.length, gapOurs.length);
    for (let k = 0; k < paired; k++) differences.push(...compareUnits(theirs[gapTheirs[k]!]!, ours[gapOurs[k]!]!, `${prefix}${gapTheirs[k]}`, context));
    for (const index of gapTheirs.slice(paired)) differences.push(difference('removed', theirs[index]!, null, `${prefix}${index}`));
    for (const index of gapOurs.slice(paired)) differences.push(difference('added', null, ours[index]!, `${prefix}${Math.min(i, n)}`));
    gapTheirs = [];
    gapOurs = [];
  };
  while (i < n || j < m) {
    if (i < n && j < m && theirs[i]!.key === ours[j]!.key) {
      closeGap();
      i++;
      j++;
    } else if (j >= m || (i < n && table[i + 1]![j]! >= table[i]![j + 1]!)) gapTheirs.push(i++);
    else gapOurs.push(j++);
  }
  closeGap();
  return differences;
}

function compareUnits(theirs: Unit, ours: Unit, path: string, context: Context): MarkupDifference[] {
  const aspects: MarkupDifference['aspects'] = [];
  if (theirs.name !== ours.name) aspects.push('name');
  if (theirs.attrs !== ours.attrs) aspects.push('attributes');
  if (theirs.html !== ours.html) aspects.push('html');
  if (theirs.text !== ours.text) aspects.push('text');
  const own = aspects.length > 0 ? [{ ...difference('changed', theirs, ours, path), aspects }] : [];
  // Blocks of different kinds are one difference; within the same kind, say which inner block differs.
  if (theirs.name !== ours.name) return own;
  return [...own, ...compareLists(theirs.inner, ours.inner, `${path}.`, context)];
}

function difference(kind: MarkupDifference['kind'], theirs: Unit | null, ours: Unit | null, path: string): MarkupDifference {
  const unit = (theirs ?? ours)!;
  return {
    kind,
    blockName: unit.name,
    label: blockLabel(unit.name),
    path,
    aspects: kind === 'changed' ? [] : ['text'],
    theirs: excerpt(theirs),
    ours: excerpt(ours),
  };
}

function excerpt(unit: Unit | null): string {
  if (!unit) return '';
  const head = unit.name === null ? '' : `${unit.name}${unit.attrs === '{}' ? '' : ` ${unit.attrs}`} `;
  const full = `${head}${unit.html}`;
  return full.length > EXCERPT ? `${full.slice(0, EXCERPT - 1)}…` : full;
}

// Elements around which whitespace is layout, not text.
const BLOCK_LEVEL = new Set(
  'address article aside blockquote body caption col colgroup dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul pw-inner iframe video audio source track embed object'.split(' '),
);
const PRESERVE_SPACE = new Set(['pre', 'textarea', 'script', 'style']);

/**
 * An element's children in one canonical string: attributes sorted (classes and styles as
 * sorted sets), text with entities decoded and whitespace runs as one space, no spaces next to
 * block-level tags, comments kept (`<!--more-->` matters).
 */
function normalizeChildren(parent: Element, context: Context): string {
  const tokens: string[] = [];
  walk(parent, tokens, context, false, 0);
  return tidy(tokens);
}

// Deeper than any real post; beyond it an element counts by its text alone, so 5,000 nested <div>s cannot exhaust the stack.
const MAX_DEPTH = 200;

function walk(parent: Node, tokens: string[], context: Context, preserve: boolean, depth: number): void {
  if (depth >= MAX_DEPTH) {
    tokens.push(`t${(parent.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' ')}`);
    return;
  }
  for (const node of childNodesOf(parent)) {
    if (isText(node)) {
      tokens.push(`t${preserve ? node.data : node.data.replace(/[ \t\n\r\f]+/g, ' ')}`);
      continue;
    }
    if (node.nodeType === 8) {
      tokens.push(`c<!--${(node as Comment).data.trim()}-->`);
      continue;
    }
    if (!isElement(node)) continue;
    const tag = tagName(node);
    const block = BLOCK_LEVEL.has(tag);
    tokens.push(`${block ? 'B' : 'i'}<${tag}${attributes(node, context)}>`);
    walk(node, tokens, context, preserve || PRESERVE_SPACE.has(tag), depth + 1);
    tokens.push(`${block ? 'B' : 'i'}</${tag}>`);
  }
}

/** Joins tokens, dropping whitespace that touches a block-level tag or either end. */
function tidy(tokens: string[]): string {
  let out = '';
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (token.startsWith('t')) {
      let text = token.slice(1);
      const before = tokens[k - 1];
      const after = tokens[k + 1];
      if (before === undefined || before.startsWith('B')) text = text.replace(/^ /, '');
      if (after === undefined || after.startsWith('B')) text = text.replace(/ $/, '');
      out += escapeText(text);
    } else out += token.slice(1);
  }
  return out;
}

function attributes(element: Element, context: Context): string {
  const tag = tagName(element);
  const pairs: Array<[string, string]> = [];
  for (const attr of Array.from(element.attributes)) {
    const name = attr.name.toLowerCase();
    let value = attr.value;
    if (name === 'class') value = tokenSet(context.tolerate ? withoutVersionClass(tag, value) : value);
    else if (name === 'style') value = styleSet(value);
    else if (name === 'rel') {
      const tokens = value.split(/\s+/).filter((t) => t !== '');
      const kept = context.tolerate && tag === 'a' && element.hasAttribute('target') ? tokens.filter((t) => t.toLowerCase() !== 'noopener') : tokens;
      value = [...new Set(kept)].sort().join(' ');
      if (value === '') continue;
    }
    if (name === 'class' && value === '') continue;
    pairs.push([name, value]);
  }
  pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return pairs.map(([name, value]) => ` ${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`).join('');
}

// Classes one WordPress version writes and another does not, on the same block.
const VERSION_CLASSES: Readonly<Record<string, string>> = { h1: 'wp-block-heading', h2: 'wp-block-heading', h3: 'wp-block-heading', h4: 'wp-block-heading', h5: 'wp-block-heading', h6: 'wp-block-heading', ul: 'wp-block-list', ol: 'wp-block-list' };

function withoutVersionClass(tag: string, value: string): string {
  const versionClass = VERSION_CLASSES[tag];
  return versionClass ? value.split(/\s+/).filter((t) => t !== versionClass).join(' ') : value;
}

function tokenSet(value: string): string {
  return [...new Set(value.split(/\s+/).filter((t) => t !== ''))].sort().join(' ');
}

function styleSet(value: string): string {
  return value
    .split(';')
    .map((declaration) => {
      const colon = declaration.indexOf(':');
      if (colon < 0) return declaration.trim().toLowerCase();
      return `${declaration.slice(0, colon).trim().toLowerCase()}:${declaration.slice(colon + 1).trim().replace(/\s+/g, ' ')}`;
    })
    .filter((d) => d !== '')
    .sort()
    .join(';');
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The words a reader sees: text with whitespace collapsed (no-break spaces kept: a `&nbsp;` line is there to be seen). */
function visibleText(root: Element): string {
  return (root.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' ').trim();
}

/** JSON with object keys sorted, so attribute order never counts. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return `{${Object.keys(record)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
