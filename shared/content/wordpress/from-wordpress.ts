import { parse } from '@wordpress/block-serialization-default-parser';
import type { BodyState } from '../../story/story-schema';
import { parseHtmlDocument, tagName, type DomWindow } from '../dom-window';
import { cleanHtmlToNodes, nodesToBody, type NodeJSON } from '../html-to-nodes';
import { sanitizeHtml } from '../sanitize-html';
import { CAPTION_MARK, collapse, type ImportContext, type ParsedBlock, type WordPressImportOptions } from './block-import-context';
import { FOOTNOTE_ANCHOR } from './footnote-anchors';
import { parserClaiming, storyNodeParsers } from './story-node-parsers';

export type { RemoteImage, WordPressImportOptions } from './block-import-context';

/**
 * WordPress post content → Lexical JSON for a story body. Reads block markup (parsed with
 * WordPress's own block parser) and classic, pre-block HTML, sanitizing every piece of HTML on
 * the way in. Blocks Presswork has no equivalent for keep their text as paragraphs; layout
 * blocks (group, columns) are unwrapped.
 */
export function wordpressToBody(content: string, window: DomWindow, options: WordPressImportOptions = {}): BodyState {
  const blocks = parse(content);
  const footnotes = collectFootnotes(blocks, window);
  for (const [id, text] of footnotesFromMeta(options.footnotesMeta, window)) footnotes.texts.set(id, text);
  const context: ImportContext = { window, options, footnotes, captions: [] };
  const nodes: NodeJSON[] = [];
  for (const block of blocks) nodes.push(...blockToNodes(block, context));
  return nodesToBody(nodes);
}

function blockToNodes(block: ParsedBlock, context: ImportContext): NodeJSON[] {
  if (context.footnotes.listBlocks.has(block)) return [];
  const attrs = (block.attrs ?? {}) as Record<string, unknown>;
  const name = block.blockName;
  if (name === null) return classicToNodes(block.innerHTML, context);
  switch (name) {
    case 'core/paragraph':
    case 'core/heading': {
      const nodes = htmlNodes(block.innerHTML, context);
      const align = name === 'core/paragraph' ? attrs.align : attrs.textAlign;
      if (align === 'left' || align === 'center' || align === 'right') for (const node of nodes) node.format = align;
      return nodes;
    }
    case 'core/list':
    case 'core/quote':
    case 'core/table':
    case 'core/preformatted':
    case 'core/verse':
    case 'core/code':
      return htmlNodes(rawHtml(block), context);
    case 'core/footnotes':
    case 'core/more':
    case 'core/nextpage':
    case 'core/spacer':
      return [];
    default: {
      const storyNode = parserClaiming(name);
      if (storyNode) return storyNode.fromBlock(block, context);
      if (block.innerBlocks.length > 0) return block.innerBlocks.flatMap((inner) => blockToNodes(inner, context));
      return htmlNodes(block.innerHTML, context);
    }
  }
}

function htmlNodes(html: string, context: ImportContext): NodeJSON[] {
  if (html.trim() === '') return [];
  return cleanHtmlToNodes(sanitizeHtml(html, context.window), context.window, context.footnotes.texts);
}

/**
 * Classic content is stored without paragraph tags: WordPress adds them when it displays the
 * post (wpautop). Blank lines separate paragraphs; single line breaks are <br>. A paragraph
 * that is only an image, a `[caption]` shortcode or a YouTube/Vimeo/X… URL (which WordPress
 * turns into an embed) becomes an image or embed node; everything else is sanitized HTML.
 */
function classicToNodes(html: string, context: ImportContext): NodeJSON[] {
  if (html.trim() === '') return [];
  const captions = context.captions;
  const prepared = html
    .replace(/\r\n?/g, '\n')
    .replace(/\[caption\b[^\]]*\]([\s\S]*?)\[\/caption\]/gi, (all: string) => `\n\n${CAPTION_MARK}${captions.push(all) - 1}]\n\n`)
    .replace(/\[embed\b[^\]]*\]\s*(https?:\/\/[^\s[]+)\s*\[\/embed\]/gi, (_all, url: string) => `\n\n${url}\n\n`);
  const blockStart = /^<(?:p|h[1-6]|ul|ol|li|blockquote|table|div|figure|hr|pre|dl|section|article|!--)[\s>/]/i;
  const out: NodeJSON[] = [];
  let pendingHtml: string[] = [];
  const flushHtml = (): void => {
    if (pendingHtml.length === 0) return;
    const doc = parseHtmlDocument(pendingHtml.join('\n'), context.window);
    if (context.footnotes.listElements && doc.body) removeFootnoteLists(doc.body);
    out.push(...htmlNodes(doc.body?.innerHTML ?? '', context));
    pendingHtml = [];
  };
  for (const chunk of prepared.split(/\n\s*\n/).map((c) => c.trim()).filter((c) => c !== '')) {
    const special = classicSpecialChunk(chunk, context);
    if (special) {
      flushHtml();
      out.push(...special);
    } else pendingHtml.push(blockStart.test(chunk) ? chunk : `<p>${chunk.replace(/\n/g, '<br>')}</p>`);
  }
  flushHtml();
  return out;
}

/** An image, captioned image or embeddable URL standing alone in a classic paragraph. */
function classicSpecialChunk(chunk: string, context: ImportContext): NodeJSON[] | null {
  for (const parser of storyNodeParsers) {
    const nodes = parser.fromClassicChunk?.(chunk, context);
    if (nodes) return nodes;
  }
  return null;
}

/** A block's HTML with its inner blocks' HTML put back where they were, without delimiters. */
function rawHtml(block: ParsedBlock): string {
  let index = 0;
  return block.innerContent
    .map((piece) => {
      if (piece !== null) return piece;
      const inner = block.innerBlocks[index++];
      return inner ? rawHtml(inner) : '';
    })
    .join('');
}

/**
 * Footnote texts, from the ordered list the converter writes at the end of a post: items
 * ending in a back-link `<a href="#fn-N-link" id="fn-N">`. That list is not body text, so it
 * is remembered and skipped.
 */
function collectFootnotes(blocks: ParsedBlock[], window: DomWindow): ImportContext['footnotes'] {
  const texts = new Map<string, string>();
  const listBlocks = new Set<ParsedBlock>();
  let listElements = false;
  const visit = (block: ParsedBlock): void => {
    const html = block.blockName === 'core/list' ? rawHtml(block) : block.blockName === null ? block.innerHTML : '';
    // Only HTML carrying a back-link anchor can hold notes: skip parsing everything else.
    if (/id=["']?fn-\d/.test(html)) {
      const doc = parseHtmlDocument(html, window);
      const found = doc.body ? footnoteLists(doc.body) : [];
      if (found.length > 0) {
        for (const list of found) for (const [n, text] of readNotes(list)) texts.set(`fn-${n}`, text);
        if (block.blockName === 'core/list') listBlocks.add(block);
        else listElements = true;
        return;
      }
    }
    block.innerBlocks.forEach(visit);
  };
  blocks.forEach(visit);
  return { texts, listBlocks, listElements };
}

/** WordPress 6.3+ keeps notes in post meta; their content is rich text, read here as plain words. */
function footnotesFromMeta(meta: string | null | undefined, window: DomWindow): Array<[string, string]> {
  if (!meta) return [];
  let list: unknown;
  try {
    list = JSON.parse(meta);
  } catch {
    return [];
  }
  if (!Array.isArray(list)) return [];
  const notes: Array<[string, string]> = [];
  for (const item of list as unknown[]) {
    if (typeof item !== 'object' || item === null) continue;
    const { id, content } = item as { id?: unknown; content?: unknown };
    if (typeof id !== 'string' || typeof content !== 'string') continue;
    const doc = parseHtmlDocument(sanitizeHtml(content, window), window);
    notes.push([id, collapse(doc.body?.textContent ?? '')]);
  }
  return notes;
}

function footnoteLists(root: Element): Element[] {
  return Array.from(root.querySelectorAll('ol')).filter((ol) => {
    const items = Array.from(ol.children).filter((child) => tagName(child) === 'li');
    return items.length > 0 && items.every((li) => backLink(li) !== null);
  });
}

function backLink(li: Element): { n: number; link: Element } | null {
  const links = Array.from(li.querySelectorAll('a'));
  const link = links[links.length - 1];
  const match = link ? FOOTNOTE_ANCHOR.exec(link.getAttribute('id') ?? '') : null;
  return link && match ? { n: Number(match[1]), link } : null;
}

function readNotes(list: Element): Array<[number, string]> {
  const notes: Array<[number, string]> = [];
  for (const li of Array.from(list.children)) {
    const found = backLink(li);
    if (!found) continue;
    const clone = li.cloneNode(true) as Element;
    const cloneLinks = Array.from(clone.querySelectorAll('a'));
    cloneLinks[cloneLinks.length - 1]?.remove();
    notes.push([found.n, collapse(clone.textContent ?? '')]);
  }
  return notes;
}

function removeFootnoteLists(root: Element): void {
  for (const list of footnoteLists(root)) list.remove();
}

