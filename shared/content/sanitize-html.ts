import createDOMPurify, { type DOMPurify, type WindowLike } from 'dompurify';
import { isAllowedLinkUrl } from './link-policy';
import { isHighlightClass, isHighlightStyle } from './nodes/highlight/highlight-colors';
import { childNodesOf, isElement, isText, parseHtmlDocument, tagName, type DomWindow } from './dom-window';
import { formatsFromStyle, isBoldWeight, parseStyle } from './inline-style';
import { convertOfficeLists } from './office-lists';
import { markHeaderRow, promoteBoldFirstRow } from './table-headers';

/**
 * Cleans HTML from the clipboard (Word, Google Docs, web pages) or from an imported post down
 * to the structure a story keeps: paragraphs, headings, lists, links, quotes, tables, rules and
 * the inline formats bold, italic, underline, strikethrough, superscript, subscript and code.
 * Styles, classes, fonts, Office markup, comments, empty spans, scripts, frames, images and
 * event handlers are dropped. Formatting that Google Docs and Word express only as inline
 * style (a span with font-weight:700) is turned into the matching element first, so it
 * survives. The result is rebuilt element by element in a fresh tree from an allowlist, then
 * passed through DOMPurify where the window supports it, and sanitizing it again changes
 * nothing.
 */
export interface SanitizeOptions {
  /**
   * Word and Google Docs send tables without <th>; from the clipboard, a first row set entirely in
   * bold is read as the header row the writer meant. Not for a site's own HTML, which says what it means.
   */
  fromClipboard?: boolean;
}

export function sanitizeHtml(html: string, window: DomWindow, options: SanitizeOptions = {}): string {
  // One pass can leave what the next would remove (fast-check found an inline wrapper left holding
  // only a line break), so passes repeat until the output is stable: idempotent by construction.
  let clean = cleanOnce(html, window, options);
  for (let pass = 0; pass < 4; pass++) {
    const again = cleanOnce(clean, window, options);
    if (again === clean) break;
    clean = again;
  }
  const purify = purifierFor(window);
  return purify ? purify.sanitize(clean, PURIFY_CONFIG) : clean;
}

function cleanOnce(html: string, window: DomWindow, options: SanitizeOptions): string {
  const doc = parseHtmlDocument(html, window);
  const body = doc.body ?? doc.documentElement;
  if (!body) return '';
  convertOfficeLists(body);
  const target = doc.createElement('div');
  cleanChildren(body, target, doc, 'flow');
  if (options.fromClipboard) for (const table of Array.from(target.querySelectorAll('table'))) promoteBoldFirstRow(table, doc);
  normalizeText(target);
  dropWhitespaceBesideBlocks(target);
  trimEdges(target);
  return target.innerHTML;
}

/** The sanitized HTML parsed into a document, for Lexical's `$generateNodesFromDOM`. */
export function sanitizeHtmlToDocument(html: string, window: DomWindow, options: SanitizeOptions = {}): Document {
  return parseHtmlDocument(sanitizeHtml(html, window, options), window);
}

export const ALLOWED_TAGS = [
  'p', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'a',
  'strong', 'em', 'u', 's', 'sup', 'sub', 'code', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th',
  'td', 'hr', 'mark',
] as const;
// style and class pass on <mark> only, and only as highlight colours (see purifierFor's hook).
const ALLOWED_ATTR = ['href', 'id', 'colspan', 'rowspan', 'start', 'rel', 'target', 'title', 'style', 'class'];
const PURIFY_CONFIG = {
  ALLOWED_TAGS: [...ALLOWED_TAGS],
  ALLOWED_ATTR,
  ALLOW_DATA_ATTR: false,
  // Relative targets (`/about`, `../x`, `?p=2`) name no scheme; see link-policy.ts.
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|tel:|#|\/|\.\.?\/|\?)/i,
};

const purifiers = new WeakMap<object, DOMPurify | null>();

/**
 * DOMPurify bound to the caller's window, or null where it cannot run there. DOMPurify
 * returns its input untouched in a DOM it does not support (linkedom, for one), so it is only
 * trusted after it has visibly removed a script and an event handler from a probe.
 */
function purifierFor(window: DomWindow): DOMPurify | null {
  const cached = purifiers.get(window);
  if (cached !== undefined) return cached;
  let purify: DOMPurify | null = null;
  try {
    const candidate = createDOMPurify(window as unknown as WindowLike);
    const probe = candidate.isSupported ? candidate.sanitize('<p>a<img src="x" onerror="1"><script>1</script></p>') : '';
    purify = candidate.isSupported && /^<p>a<img src="x"><\/p>$/.test(probe) ? candidate : null;
    purify?.addHook('uponSanitizeAttribute', (node, data) => {
      if (data.attrName !== 'style' && data.attrName !== 'class') return;
      const value = data.attrValue;
      const ok = node.nodeName === 'MARK' && (data.attrName === 'style' ? isHighlightStyle(value) : isHighlightClass(value));
      if (!ok) data.keepAttr = false;
    });
  } catch {
    purify = null;
  }
  purifiers.set(window, purify);
  return purify;
}

/**
 * Where cleaned content lands: 'flow' takes blocks; 'list' only items; 'item' (a list item)
 * takes inline content and nested lists; 'inline' and 'cell' take inline content only, so a
 * block met there keeps its words on a line of their own.
 */
type Context = 'flow' | 'inline' | 'list' | 'item' | 'cell';

/** Elements dropped with everything inside them. */
const DROP = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'noscript',
  'template', 'svg', 'math', 'head', 'title', 'meta', 'link', 'base', 'img', 'picture', 'video',
  'audio', 'source', 'track', 'canvas', 'map', 'area', 'form', 'input', 'button', 'select',
  'option', 'textarea', 'xml', 'colgroup', 'col', 'caption', 'dialog', 'portal', 'slot',
]);
const RENAME: Record<string, string> = {
  b: 'strong', strong: 'strong', i: 'em', em: 'em', cite: 'em', dfn: 'em', var: 'em',
  u: 'u', ins: 'u', s: 's', strike: 's', del: 's', sup: 'sup', sub: 'sub', code: 'code',
  kbd: 'code', samp: 'code', tt: 'code',
};
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const BLOCKISH = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'center', 'address',
  'figure', 'figcaption', 'pre', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'table', 'hr',
  'body', 'html', ...HEADINGS,
]);
const FOOTNOTE_ID = /^fn-[\w-]{1,64}$/;

function cleanChildren(source: Node, target: Element, doc: Document, context: Context): void {
  const children = childNodesOf(source);
  const hasBlocks = children.some((child) => isElement(child) && (isBlock(child) || containsBlock(child)));
  for (const child of children) cleanNode(child, target, doc, context, hasBlocks);
}

function cleanNode(node: Node, target: Element, doc: Document, context: Context, siblingsAreBlocks: boolean): void {
  if (isText(node)) {
    // HTML collapses source line breaks and runs of spaces; so does a story.
    const text = node.data.replace(COLLAPSIBLE, ' ');
    // Whitespace between blocks is layout in the source, not content.
    const edgeOrBlock = (n: Node | null): boolean => n === null || (isElement(n) && isBlock(n));
    const besideBlock = edgeOrBlock(node.previousSibling) || edgeOrBlock(node.nextSibling);
    if (siblingsAreBlocks && context !== 'inline' && /^ ?$/.test(text) && besideBlock) return;
    appendText(target, doc, text);
    return;
  }
  if (!isElement(node)) return; // comments, processing instructions, CDATA
  const tag = tagName(node);
  if (DROP.has(tag) || tag.includes(':')) return; // o:p, v:shape, w:sdt… from Office
  if (isOfficeJunk(node)) return;

  const style = parseStyle(node.getAttribute('style'));
  if (tag === 'br') {
    // Nothing sits between a list and its items; a <br> beside a block (Google Docs puts
    // them between paragraphs) is dropped once the flow is built.
    if (context === 'list') return;
    target.appendChild(doc.createElement('br'));
    return;
  }
  if (tag === 'hr') {
    if (context === 'flow') target.appendChild(doc.createElement('hr'));
    return;
  }
  if (tag === 'p' && context === 'flow' && /\bMso(?:Intense)?Quote\b/.test(node.getAttribute('class') ?? '')) {
    // Word's Quote paragraph style is the writer saying "this is a quotation".
    const quote = doc.createElement('blockquote');
    const paragraph = doc.createElement('p');
    appendFormatted(node, paragraph, doc, 'inline', style);
    appendBlock(quote, paragraph);
    appendBlock(target, quote);
    return;
  }
  if (HEADINGS.has(tag) || tag === 'p' || tag === 'pre' || tag === 'address' || tag === 'dt' || tag === 'dd') {
    if (context !== 'flow') {
      inlineBlock(node, target, doc, context);
      return;
    }
    const block = doc.createElement(HEADINGS.has(tag) ? tag : 'p');
    appendFormatted(node, block, doc, 'inline', style);
    appendBlock(target, block);
    return;
  }
  if (tag === 'ul' || tag === 'ol') {
    if (context === 'cell' || context === 'inline') {
      inlineBlock(node, target, doc, context);
      return;
    }
    const list = buildList(node, doc, tag);
    if (!list) return;
    if (context === 'item') target.appendChild(list);
    else if (context === 'list') {
      // A list directly inside a list (Google Docs nests this way) belongs to the item before it.
      const last = target.lastElementChild;
      if (last && tagName(last) === 'li') last.appendChild(list);
      else {
        const item = doc.createElement('li');
        item.appendChild(list);
        target.appendChild(item);
      }
    } else target.appendChild(list);
    return;
  }
  if (tag === 'li') {
    if (context === 'list') {
      const item = doc.createElement('li');
      appendFormatted(node, item, doc, 'item', style);
      appendBlock(target, item);
    } else if (context === 'flow') {
      // A list item outside any list: keep it as a one-item list.
      const list = doc.createElement('ul');
      cleanNode(node, list, doc, 'list', true);
      if (list.firstChild) target.appendChild(list);
    } else inlineBlock(node, target, doc, context);
    return;
  }
  if (tag === 'blockquote') {
    if (context !== 'flow') {
      inlineBlock(node, target, doc, context);
      return;
    }
    const quote = doc.createElement('blockquote');
    cleanChildren(node, quote, doc, 'flow');
    dropWhitespaceBesideBlocks(quote);
    appendBlock(target, quote);
    return;
  }
  if (tag === 'table') {
    if (context !== 'flow') {
      inlineBlock(node, target, doc, context);
      return;
    }
    const table = buildTable(node, doc);
    if (table) target.appendChild(table);
    return;
  }
  if (tag === 'a') {
    const href = unwrapRedirect((node.getAttribute('href') ?? '').trim());
    const id = node.getAttribute('id') ?? '';
    const keepId = FOOTNOTE_ID.test(id);
    const keepHref = href !== '' && isAllowedLinkUrl(href);
    if (!keepHref && !keepId) {
      appendFormatted(node, target, doc, context, style);
      return;
    }
    const link = doc.createElement('a');
    if (keepHref) link.setAttribute('href', href);
    if (keepId) link.setAttribute('id', id);
    if (keepHref) copyLinkAttributes(node, link);
    appendFormatted(node, link, doc, 'inline', style);
    if (hasContent(link) || keepId) target.appendChild(link);
    return;
  }
  if (tag === 'mark') {
    // A highlight keeps its colours (and nothing else) when they are a highlight's colours.
    const mark = doc.createElement('mark');
    const markStyle = node.getAttribute('style') ?? '';
    const markClass = node.getAttribute('class') ?? '';
    if (markStyle !== '' && isHighlightStyle(markStyle)) mark.setAttribute('style', markStyle);
    if (markClass !== '' && isHighlightClass(markClass)) mark.setAttribute('class', markClass);
    appendFormatted(node, mark, doc, 'inline', style);
    if (hasContent(mark)) target.appendChild(mark);
    return;
  }
  const renamed = RENAME[tag];
  if (renamed) {
    // Google Docs wraps a whole paste in <b style="font-weight:normal">: that is not bold.
    const notBold = renamed === 'strong' && style.get('font-weight') !== undefined && !isBoldWeight(style.get('font-weight'));
    if (notBold) {
      appendFormatted(node, target, doc, context, style);
      return;
    }
    if (containsBlock(node) && context === 'flow') {
      cleanChildren(node, target, doc, context);
      return;
    }
    const element = doc.createElement(renamed);
    appendFormatted(node, element, doc, 'inline', style);
    if (hasContent(element)) target.appendChild(element);
    return;
  }
  if (BLOCKISH.has(tag) && context === 'flow') {
    // A div of plain text is a paragraph; a div of blocks is just a wrapper.
    if (containsBlock(node)) cleanChildren(node, target, doc, 'flow');
    else {
      const block = doc.createElement('p');
      appendFormatted(node, block, doc, 'inline', style);
      appendBlock(target, block);
    }
    return;
  }
  // span, font and every other element: keep what is inside, in the formats its style implies.
  appendFormatted(node, target, doc, context, style);
}

const LINK_TARGET = /^[\w-]{1,64}$/;
const LINK_REL = /^[\w -]{1,200}$/;

/**
 * A link's rel, target and title, as the site wrote them: they are the writer's choices
 * (`nofollow`, a new tab) and must come back on publish. Values are plain tokens or text.
 */
function copyLinkAttributes(source: Element, link: Element): void {
  const rel = source.getAttribute('rel');
  if (rel !== null && LINK_REL.test(rel)) link.setAttribute('rel', rel);
  const target = source.getAttribute('target');
  if (target !== null && LINK_TARGET.test(target)) link.setAttribute('target', target);
  const title = source.getAttribute('title');
  if (title !== null && title.length <= 500) link.setAttribute('title', title);
}

/** Block content inside a place that only takes inline content: keep its words, on their own line. */
function inlineBlock(node: Element, target: Element, doc: Document, context: Context): void {
  const before = target.lastChild;
  const mark = doc.createElement('br');
  target.appendChild(mark);
  cleanChildren(node, target, doc, context === 'item' ? 'item' : context === 'list' ? 'list' : 'inline');
  // Only a separator between two runs of words; never a leading or trailing one.
  const startsLine = !before || (isElement(before) && ['br', 'ul', 'ol'].includes(tagName(before))) || !hasContent(target);
  const nothingAdded = mark.nextSibling === null;
  if (startsLine || nothingAdded || context === 'list') mark.remove();
}

/**
 * Merges text nodes left side by side (by removed wrappers, or by a parser that splits text
 * at entities) and collapses the double spaces that creates, so a second pass sees the same.
 */
function normalizeText(element: Element): void {
  let previous: Text | null = null;
  for (const child of childNodesOf(element)) {
    if (isText(child)) {
      if (previous) {
        previous.data = (previous.data + child.data).replace(/ {2,}/g, ' ');
        child.remove();
        continue;
      }
      child.data = child.data.replace(/ {2,}/g, ' ');
      if (child.data === '') {
        child.remove();
        continue;
      }
      previous = child;
    } else {
      previous = null;
      if (isElement(child)) normalizeText(child);
    }
  }
  if (tagName(element) === 'blockquote' || tagName(element) === 'li') dropWhitespaceBesideBlocks(element);
}

/** A space next to a paragraph or list is source layout, however it got there. */
function dropWhitespaceBesideBlocks(container: Element): void {
  const blockOrEdge = (node: Node | null): boolean => node === null || (isElement(node) && isBlock(node));
  for (let changed = true; changed; ) {
    changed = false;
    for (const child of childNodesOf(container)) {
      const besideBlock = blockOrEdge(child.previousSibling) || blockOrEdge(child.nextSibling);
      if (isElement(child) && tagName(child) === 'br' && besideBlock) {
        // A line break before or after a block breaks nothing.
        child.remove();
        changed = true;
      } else if (isText(child)) {
        const before = child.data;
        if (blockOrEdge(child.previousSibling)) child.data = child.data.replace(/^ +/, '');
        if (blockOrEdge(child.nextSibling)) child.data = child.data.replace(/ +$/, '');
        if (child.data === '') child.remove();
        changed ||= child.data !== before;
      }
    }
  }
}

const COLLAPSIBLE = /[ \t\n\r\f]+/g;

/** Adjacent text is merged and its spaces collapsed, so a second pass finds nothing to change. */
function appendText(target: Element, doc: Document, text: string): void {
  const last = target.lastChild;
  if (last && isText(last)) last.data = (last.data + text).replace(/ {2,}/g, ' ');
  else target.appendChild(doc.createTextNode(text));
}

/** Appends a finished block without the spaces at its edges, or nothing if it is empty. */
function appendBlock(target: Element, block: Element): void {
  trimEdges(block);
  if (hasContent(block)) target.appendChild(block);
}

function trimEdges(element: Element): void {
  dropTrailingBreaks(element);
  for (const [edge, trim] of [
    ['firstChild', (t: string) => t.replace(/^ +/, '')],
    ['lastChild', (t: string) => t.replace(/ +$/, '')],
  ] as const) {
    let node: Node | null = element[edge];
    while (node) {
      if (isText(node)) {
        node.data = trim(node.data);
        if (node.data !== '') break;
        // Remove the emptied text, and any inline wrapper it leaves empty, then go on inwards
        // from whatever now sits at the edge.
        let gone: Node = node;
        while (gone.parentNode && gone.parentNode !== element && gone.parentNode.childNodes.length === 1) gone = gone.parentNode;
        gone.parentNode?.removeChild(gone);
        node = element[edge];
        continue;
      }
      if (isElement(node) && !BLOCKISH.has(tagName(node)) && tagName(node) !== 'br') {
        node = node[edge];
        continue;
      }
      break;
    }
  }
  dropTrailingBreaks(element);
}

/** Trailing line breaks (and the spaces before them) add nothing at the end of a block. */
function dropTrailingBreaks(element: Element): void {
  for (;;) {
    const last = element.lastChild;
    if (last && isElement(last) && tagName(last) === 'br') last.remove();
    else if (last && isText(last) && /^ *$/.test(last.data)) last.remove();
    else return;
  }
}

/** Google Docs sometimes routes links through its redirector; keep the real address. */
function unwrapRedirect(href: string): string {
  const match = /^https:\/\/www\.google\.com\/url\?(.*)$/.exec(href);
  if (!match) return href;
  const target = new URLSearchParams(match[1] ?? '').get('q');
  return target ?? href;
}

function appendFormatted(source: Element, target: Element, doc: Document, context: Context, style: Map<string, string>): void {
  // Formats wrap inline content only: nothing may sit between a list and its items.
  const formats = context === 'list' ? [] : formatsFromStyle(style);
  let inner = target;
  for (const format of formats) {
    const wrapper = doc.createElement(format);
    inner.appendChild(wrapper);
    inner = wrapper;
  }
  cleanChildren(source, inner, doc, formats.length > 0 && context !== 'cell' ? 'inline' : context);
  // Remove the wrappers again if nothing ended up inside them (empty spans).
  for (let el: Element | null = inner; el && el !== target; ) {
    const parent: Element | null = el.parentElement;
    if (!hasContent(el)) el.remove();
    el = parent;
  }
}

function buildList(source: Element, doc: Document, tag: 'ul' | 'ol'): Element | null {
  const list = doc.createElement(tag);
  const start = Number.parseInt(source.getAttribute('start') ?? '', 10);
  if (tag === 'ol' && Number.isInteger(start) && start !== 1 && start > -1e6 && start < 1e6) list.setAttribute('start', String(start));
  for (const child of childNodesOf(source)) {
    if (isElement(child) && tagName(child) === 'li') cleanNode(child, list, doc, 'list', true);
    else if (isElement(child) && (tagName(child) === 'ul' || tagName(child) === 'ol')) cleanNode(child, list, doc, 'list', true);
    else if (isText(child) && /^[ \t\n\r\f]*$/.test(child.data)) continue;
    else {
      // Stray content straight inside a list becomes an item of its own.
      const item = doc.createElement('li');
      cleanNode(child, item, doc, 'item', false);
      appendBlock(list, item);
    }
  }
  return list.firstChild ? list : null;
}

function buildTable(source: Element, doc: Document): Element | null {
  const rows: Array<{ section: 'thead' | 'tbody' | 'tfoot'; row: Element }> = [];
  const collect = (node: Element, section: 'thead' | 'tbody' | 'tfoot'): void => {
    for (const child of Array.from(node.children)) {
      const tag = tagName(child);
      if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') collect(child, tag);
      else if (tag === 'tr') rows.push({ section, row: child });
    }
  };
  collect(source, 'tbody');
  const table = doc.createElement('table');
  const sections = new Map<string, Element>();
  for (const { section, row } of rows) {
    const tr = doc.createElement('tr');
    for (const cell of Array.from(row.children)) {
      const cellTag = tagName(cell);
      if (cellTag !== 'td' && cellTag !== 'th') continue;
      const out = doc.createElement(cellTag);
      for (const span of ['colspan', 'rowspan']) {
        const value = Number.parseInt(cell.getAttribute(span) ?? '', 10);
        if (Number.isInteger(value) && value > 1 && value < 1000) out.setAttribute(span, String(value));
      }
      appendFormatted(cell, out, doc, 'cell', parseStyle(cell.getAttribute('style')));
      trimEdges(out);
      tr.appendChild(out);
    }
    if (!tr.firstChild) continue;
    let body = sections.get(section);
    if (!body) {
      body = doc.createElement(section);
      sections.set(section, body);
    }
    body.appendChild(tr);
  }
  markHeaderRow(sections, doc);
  for (const section of ['thead', 'tbody', 'tfoot']) {
    const body = sections.get(section);
    if (body) table.appendChild(body);
  }
  return table.firstChild ? table : null;
}

function isBlock(element: Element): boolean {
  const tag = tagName(element);
  return BLOCKISH.has(tag) && tag !== 'body' && tag !== 'html';
}

function containsBlock(element: Element): boolean {
  for (const child of Array.from(element.children)) {
    const tag = tagName(child);
    if (DROP.has(tag) || tag.includes(':')) continue;
    if (isBlock(child) || containsBlock(child)) return true;
  }
  return false;
}

/** Text, a line break, a rule or a footnote anchor: something a reader would miss. */
function hasContent(element: Element): boolean {
  for (const child of childNodesOf(element)) {
    if (isText(child) && child.data.replace(/[\s\u00a0\u200b]/g, '') !== '') return true;
    if (isElement(child)) {
      const tag = tagName(child);
      if (tag === 'hr' || (tag === 'a' && child.hasAttribute('id'))) return true;
      if (tag === 'br') {
        if (child.nextSibling || child.previousSibling) return true;
        continue;
      }
      if (hasContent(child)) return true;
    }
  }
  return false;
}

/** Word's list bullets and the like: markup that only draws something the list already says. */
function isOfficeJunk(element: Element): boolean {
  const style = element.getAttribute('style') ?? '';
  if (/mso-list\s*:\s*ignore/i.test(style)) return true;
  if (/display\s*:\s*none/i.test(style)) return true;
  const cls = element.getAttribute('class') ?? '';
  return /\bApple-interchange-newline\b/.test(cls);
}
