import type { BodyState } from '../story/story-schema';
import { childNodesOf, isElement, isText, parseHtmlDocument, tagName, type DomWindow } from './dom-window';
import { sanitizeHtml } from './sanitize-html';
import { footnoteFromReference } from './nodes/footnote/footnote-from-wordpress';
import { separatorDeclaration } from './nodes/separator/separator-declaration';
import type { NodeJSON } from './nodes/story-node-declaration';
import { normalizeBody } from './story-editor';

export type { NodeJSON } from './nodes/story-node-declaration';

/**
 * Footnote texts by the anchor their references link to (`fn-3` in our list format, WordPress
 * 6.3+'s note id in its footnotes meta), collected before the post's text is read.
 */
export type FootnoteTexts = ReadonlyMap<string, string>;

const FORMAT_BITS: Record<string, number> = { strong: 1, em: 2, s: 4, u: 8, code: 16, sub: 32, sup: 64 };

/**
 * Sanitized HTML → Lexical JSON nodes for a story body: paragraphs, headings, quotes, lists
 * (nested), tables (a <thead> row becomes the header row), separators, links, line breaks and
 * inline formats. Footnote references (`<sup><a href="#fn-N">` or `#<note id>`) become footnote nodes when
 * `footnotes` has their text. Expects the output of `sanitizeHtml`.
 */
export function cleanHtmlToNodes(cleanHtml: string, window: DomWindow, footnotes: FootnoteTexts = new Map()): NodeJSON[] {
  const doc = parseHtmlDocument(cleanHtml, window);
  const body = doc.body;
  if (!body) return [];
  return flowNodes(body, footnotes);
}

/** Any HTML (pasted, imported) → a whole story body, sanitized on the way in. */
export function htmlToBody(html: string, window: DomWindow): BodyState {
  return nodesToBody(cleanHtmlToNodes(sanitizeHtml(html, window), window));
}

/** Wraps top-level nodes in a root and lets Lexical complete and check them. */
export function nodesToBody(nodes: NodeJSON[]): BodyState {
  const children = nodes.length > 0 ? nodes : [paragraph([])];
  return normalizeBody({ root: { type: 'root', version: 1, children } } as unknown as BodyState);
}

export function paragraph(children: NodeJSON[], format = ''): NodeJSON {
  return { type: 'paragraph', version: 1, format, children };
}

export function textNode(text: string, format = 0): NodeJSON {
  return { type: 'text', version: 1, text, format, detail: 0, mode: 'normal', style: '' };
}

function flowNodes(container: Element, footnotes: FootnoteTexts): NodeJSON[] {
  const out: NodeJSON[] = [];
  let pending: NodeJSON[] = [];
  const flush = (): void => {
    const trimmed = trimInline(pending);
    if (trimmed.length > 0) out.push(paragraph(trimmed));
    pending = [];
  };
  for (const child of childNodesOf(container)) {
    if (isElement(child)) {
      const block = blockNode(child, footnotes);
      if (block !== undefined) {
        flush();
        if (block) out.push(...block);
        continue;
      }
    }
    pending.push(...inlineNodes(child, 0, footnotes));
  }
  flush();
  return out;
}

/** The nodes for a block element; undefined when the element is inline. */
function blockNode(element: Element, footnotes: FootnoteTexts): NodeJSON[] | null | undefined {
  const tag = tagName(element);
  if (tag === 'p') {
    const children = trimInline(inlineChildren(element, 0, footnotes));
    return children.length > 0 ? [paragraph(children)] : null;
  }
  if (/^h[1-6]$/.test(tag)) {
    const children = trimInline(inlineChildren(element, 0, footnotes));
    return children.length > 0 ? [{ type: 'heading', version: 1, tag, children }] : null;
  }
  if (tag === 'blockquote') {
    // A Lexical quote holds one run of inline content: its paragraphs become lines.
    const lines = flowNodes(element, footnotes).map((node) => (node.type === 'paragraph' || node.type === 'heading' || node.type === 'quote' ? (node.children ?? []) : []));
    const children: NodeJSON[] = [];
    for (const line of lines.filter((l) => l.length > 0)) {
      if (children.length > 0) children.push({ type: 'linebreak', version: 1 });
      children.push(...line);
    }
    return children.length > 0 ? [{ type: 'quote', version: 1, children }] : null;
  }
  if (tag === 'ul' || tag === 'ol') {
    const list = listNode(element, footnotes);
    return list ? [list] : null;
  }
  if (tag === 'table') {
    const table = tableNode(element, footnotes);
    return table ? [table] : null;
  }
  if (tag === 'hr') return [separatorDeclaration.json()];
  if (tag === 'li') {
    const list = listNode(element, footnotes, [element]);
    return list ? [list] : null;
  }
  if (['div', 'section', 'article', 'figure', 'main', 'header', 'footer', 'aside'].includes(tag)) return flowNodes(element, footnotes);
  return undefined;
}

function listNode(element: Element, footnotes: FootnoteTexts, itemsOverride?: Element[]): NodeJSON | null {
  const ordered = tagName(element) === 'ol';
  const start = Number.parseInt(element.getAttribute('start') ?? '', 10);
  const items: NodeJSON[] = [];
  const liElements = itemsOverride ?? Array.from(element.children).filter((child) => tagName(child) === 'li');
  for (const li of liElements) {
    const inline: NodeJSON[] = [];
    const nested: NodeJSON[] = [];
    for (const child of childNodesOf(li)) {
      if (isElement(child) && (tagName(child) === 'ul' || tagName(child) === 'ol')) {
        const sub = listNode(child, footnotes);
        if (sub) nested.push(sub);
      } else inline.push(...inlineNodes(child, 0, footnotes));
    }
    items.push({ type: 'listitem', version: 1, value: items.length + 1, children: trimInline(inline) });
    for (const sub of nested) items.push({ type: 'listitem', version: 1, value: items.length + 1, children: [sub] });
  }
  if (items.length === 0) return null;
  return {
    type: 'list',
    version: 1,
    listType: ordered ? 'number' : 'bullet',
    tag: ordered ? 'ol' : 'ul',
    start: ordered && Number.isInteger(start) ? start : 1,
    children: items,
  };
}

// Lexical's TableCellHeaderStates
const HEADER_ROW = 1;
const HEADER_COLUMN = 2;

function tableNode(table: Element, footnotes: FootnoteTexts): NodeJSON | null {
  const rows: NodeJSON[] = [];
  for (const section of Array.from(table.children)) {
    const sectionTag = tagName(section);
    const rowElements = sectionTag === 'tr' ? [section] : Array.from(section.children).filter((row) => tagName(row) === 'tr');
    for (const row of rowElements) {
      const cells: NodeJSON[] = [];
      for (const cell of Array.from(row.children)) {
        const cellTag = tagName(cell);
        if (cellTag !== 'td' && cellTag !== 'th') continue;
        const header = cellTag === 'th' ? (sectionTag === 'thead' ? HEADER_ROW : HEADER_COLUMN) : 0;
        const colSpan = Number.parseInt(cell.getAttribute('colspan') ?? '1', 10);
        const lines = splitLines(inlineChildren(cell, 0, footnotes));
        cells.push({
          type: 'tablecell',
          version: 1,
          headerState: header,
          colSpan: Number.isInteger(colSpan) && colSpan > 1 ? colSpan : 1,
          children: lines.length > 0 ? lines.map((line) => paragraph(line)) : [paragraph([])],
        });
      }
      if (cells.length > 0) rows.push({ type: 'tablerow', version: 1, children: cells });
    }
  }
  return rows.length > 0 ? { type: 'table', version: 1, children: rows } : null;
}

function splitLines(nodes: NodeJSON[]): NodeJSON[][] {
  const lines: NodeJSON[][] = [[]];
  for (const node of nodes) {
    if (node.type === 'linebreak') lines.push([]);
    else lines[lines.length - 1]?.push(node);
  }
  return lines.map(trimInline).filter((line) => line.length > 0);
}

function inlineChildren(element: Element, format: number, footnotes: FootnoteTexts): NodeJSON[] {
  const out: NodeJSON[] = [];
  for (const child of childNodesOf(element)) out.push(...inlineNodes(child, format, footnotes));
  return mergeText(out);
}

function inlineNodes(node: Node, format: number, footnotes: FootnoteTexts): NodeJSON[] {
  if (isText(node)) return node.data === '' ? [] : [textNode(node.data, format)];
  if (!isElement(node)) return [];
  const tag = tagName(node);
  if (tag === 'br') return [{ type: 'linebreak', version: 1 }];
  if (tag === 'sup') {
    const footnote = footnoteFromReference(node, footnotes);
    if (footnote) return [footnote];
  }
  const bit = FORMAT_BITS[tag];
  if (bit !== undefined) {
    // Superscript and subscript exclude each other, as in Lexical.
    const next = bit === 32 ? (format & ~64) | 32 : bit === 64 ? (format & ~32) | 64 : format | bit;
    return inlineChildren(node, next, footnotes);
  }
  if (tag === 'a') {
    const href = node.getAttribute('href');
    const children = inlineChildren(node, format, footnotes);
    if (!href || href.startsWith('#')) return children;
    return children.length > 0 ? [{ type: 'link', version: 1, url: href, rel: null, target: null, title: null, children }] : [];
  }
  // Block content that reached inline context (a list in a table cell…): keep its words.
  const inner = inlineChildren(node, format, footnotes);
  return inner;
}

function mergeText(nodes: NodeJSON[]): NodeJSON[] {
  const out: NodeJSON[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (last && last.type === 'text' && node.type === 'text' && last.format === node.format) {
      out[out.length - 1] = { ...last, text: `${String(last.text)}${String(node.text)}` };
    } else out.push(node);
  }
  return out;
}

/** Drops spaces and line breaks at the edges of a run of inline content. */
function trimInline(nodes: NodeJSON[]): NodeJSON[] {
  const out = mergeText(nodes);
  while (out.length > 0 && out[0]?.type === 'linebreak') out.shift();
  while (out.length > 0 && out[out.length - 1]?.type === 'linebreak') out.pop();
  const first = out[0];
  if (first?.type === 'text') {
    const text = String(first.text).replace(/^[ \t\n\r]+/, '');
    if (text === '') return trimInline(out.slice(1));
    out[0] = { ...first, text };
  }
  const lastIndex = out.length - 1;
  const last = out[lastIndex];
  if (last?.type === 'text') {
    const text = String(last.text).replace(/[ \t\n\r]+$/, '');
    if (text === '') return trimInline(out.slice(0, lastIndex));
    out[lastIndex] = { ...last, text };
  }
  return out;
}
