import type { BodyState } from '../../story/story-schema';
import { isAllowedLinkUrl, sanitizeBodyLinks } from '../link-policy';
import { blockMarkup, escapeHtmlAttribute, escapeHtmlText, joinBlocks, type BlockAttributes } from './block-comment';
import type { NodeJSON } from '../nodes/story-node-declaration';
import type { BlockRenderContext, MediaResolver } from './block-render-context';
import { footnoteAnchor, footnoteReferenceAnchor, type FootnoteFormat } from './footnote-anchors';
import { storyNodeRenderers } from './story-node-renderers';
import { preformattedToWordPress } from '../nodes/preformatted/preformatted-to-wordpress';
import { highlightToWordPress } from '../nodes/highlight/highlight-to-wordpress';
import { quotationToWordPress } from '../nodes/quotation/quotation-to-wordpress';
import { detailsToWordPress } from '../nodes/details/details-to-wordpress';
import { wordpressAtLeast } from './wordpress-version';
import { headingAttributes, listAttributes, paragraphAttributes, textCommentAttributes } from '../nodes/text-blocks/text-blocks-to-wordpress';
import { textBlockState } from '../nodes/text-blocks/block-state';

export { BlockConversionError, type MediaResolver, type ResolvedMedia } from './block-render-context';
export { captionHtml } from './caption-markup';

interface JsonNode {
  type: string;
  children?: JsonNode[];
  [key: string]: unknown;
}

// Lexical's text format bits.
const BOLD = 1;
const ITALIC = 2;
const STRIKETHROUGH = 4;
const UNDERLINE = 8;
const CODE = 16;
const SUBSCRIPT = 32;
const SUPERSCRIPT = 64;

/**
 * Lexical JSON → WordPress block markup, with each block's inner HTML exactly as the block's
 * own save function in WordPress 6.1 (Debian 12's package) writes it, so the block editor
 * opens the post with every block valid. Links the policy refuses are published as plain
 * text. Footnotes become numbered references and an ordered list at the end (6.1 has no
 * footnotes block). Throws BlockConversionError for an image not uploaded yet.
 */
export function bodyToBlockMarkup(body: BodyState, media: MediaResolver): string {
  return bodyToPostContent(body, media, 'list').content;
}

export interface PostContentOptions {
  /** Write a classic post's HTML without block delimiters, as the classic editor stores it. */
  classic?: boolean;
  /** The site's WordPress version (`site.wpVersion`): which markup its block editor writes; null means 6.1's. */
  wordpressVersion?: string | null;
}

export interface PostContent {
  content: string;
  /** The post's `footnotes` meta (JSON) for WordPress 6.3+'s footnotes block; null in the list format. */
  footnotesMeta: string | null;
}

/**
 * The post's content for a site that takes footnotes in `format` (see footnoteFormatFor): in the
 * core format, references are `<sup data-fn>` marks, the notes go in the post's `footnotes` meta
 * and a core/footnotes block shows them, as WordPress 6.3+'s own editor saves them.
 */
export function bodyToPostContent(body: BodyState, media: MediaResolver, format: FootnoteFormat, options: PostContentOptions = {}): PostContent {
  const safe = sanitizeBodyLinks(body).body;
  const context: Context = { media, footnotes: [], footnoteFormat: format, wordpressVersion: options.wordpressVersion ?? null, classicForm: options.classic === true };
  const blocks = renderTopLevelNodes(safe.root.children as JsonNode[], context);
  let footnotesMeta: string | null = null;
  if (format === 'core') {
    footnotesMeta = JSON.stringify(context.footnotes.map((note, index) => ({ content: escapeHtmlText(note), id: footnoteAnchor(index + 1) })));
    if (context.footnotes.length > 0) blocks.push(blockMarkup('core/footnotes', {}, ''));
  } else if (context.footnotes.length > 0) blocks.push(footnoteList(context.footnotes));
  if (options.classic) return { content: blocks.map(classicHtml).join('\n\n'), footnotesMeta };
  return { content: joinBlocks(blocks), footnotesMeta };
}

/**
 * Top-level nodes → one block's markup each (empty ones left out), footnotes gathered in
 * `context` in reading order. The pull renders each source block's nodes through this to check
 * they give back the same block.
 */
export function renderTopLevelNodes(nodes: readonly NodeJSON[], context: BlockRenderContext): string[] {
  const blocks: string[] = [];
  for (const node of nodes as JsonNode[]) {
    const block = topLevelBlock(node, context);
    if (block) blocks.push(block);
  }
  return blocks;
}

/**
 * One block as a classic post holds it: its HTML without the block delimiters (inner blocks'
 * too); a paragraph without attributes as its bare text, line breaks as new lines, which is
 * how the classic editor stores it and what WordPress's wpautop shows as before.
 */
export function classicHtml(block: string): string {
  const html = block.replace(/<!-- \/?wp:[^>]*?-->\n?/g, '').trim();
  const paragraph = /^<p>([\s\S]*)<\/p>$/.exec(html);
  if (paragraph && !/<\/?p[\s>]/i.test(paragraph[1]!)) return paragraph[1]!.replace(/<br>/g, '\n');
  return html;
}

type Context = BlockRenderContext;

function topLevelBlock(node: JsonNode, context: Context): string | null {
  switch (node.type) {
    case 'paragraph':
      return paragraphBlock(inlineHtml(node.children, context), alignment(node), node);
    case 'heading':
      return headingBlock(node, context);
    case 'quote':
      return quoteBlock(node, context);
    case 'list':
      return listBlock(node, context);
    case 'preformatted':
      return preformattedToWordPress(node, (children) => inlineHtml(children, context));
    case 'quotation':
      return quotationToWordPress(node, { block: (child) => topLevelBlock(child, context), inline: (children) => inlineHtml(children, context) });
    case 'details':
      return detailsToWordPress(node, { block: (child) => topLevelBlock(child, context), inline: (children) => inlineHtml(children, context), hasDetailsBlock: wordpressAtLeast(context.wordpressVersion, 6, 3) });
    case 'table':
      return tableBlock(node, context);
    default: {
      const storyNode = storyNodeRenderers.get(node.type);
      if (storyNode?.placement === 'block') return storyNode.render(node, context);
      // Anything else with text (a code block, a node from a newer editor) is kept as a paragraph.
      if (Array.isArray(node.children)) return paragraphBlock(inlineHtml(node.children, context), null, null);
      return null;
    }
  }
}

function paragraphBlock(html: string, align: string | null, node: JsonNode | null): string | null {
  if (html === '') return null;
  const attrs: BlockAttributes = { ...(align ? { align } : {}), ...textCommentAttributes(node ?? {}) };
  return blockMarkup('core/paragraph', attrs, `<p${paragraphAttributes(node ?? {}, align)}>${html}</p>`);
}

function headingBlock(node: JsonNode, context: Context): string | null {
  const html = inlineHtml(node.children, context);
  if (html === '') return null;
  const tag = typeof node.tag === 'string' && /^h[1-6]$/.test(node.tag) ? node.tag : 'h2';
  const level = Number(tag.slice(1));
  const align = alignment(node);
  const attrs: BlockAttributes = {};
  if (align) attrs.textAlign = align;
  if (level !== 2) attrs.level = level;
  Object.assign(attrs, textCommentAttributes(node));
  return blockMarkup('core/heading', attrs, `<${tag}${headingAttributes(node, align, context.wordpressVersion)}>${html}</${tag}>`);
}

function quoteBlock(node: JsonNode, context: Context): string | null {
  const html = inlineHtml(node.children, context);
  if (html === '') return null;
  const paragraph = blockMarkup('core/paragraph', {}, `<p>${html}</p>`);
  return blockMarkup('core/quote', {}, `<blockquote class="wp-block-quote">${paragraph}</blockquote>`);
}

function listBlock(node: JsonNode, context: Context): string | null {
  const ordered = node.listType === 'number';
  const items = listItems(node, context);
  if (items.length === 0) return null;
  const { comment, html } = listAttributes(node, context.wordpressVersion);
  const tag = ordered ? 'ol' : 'ul';
  return blockMarkup('core/list', comment, `<${tag}${html}>${joinBlocks(items)}</${tag}>`);
}

/**
 * Lexical keeps a nested list in an item of its own right after its parent item; WordPress
 * nests the list block inside the parent's list-item block.
 */
function listItems(list: JsonNode, context: Context): string[] {
  const items: Array<{ html: string; nested: string[] }> = [];
  for (const child of list.children ?? []) {
    if (child.type !== 'listitem') continue;
    const kids = child.children ?? [];
    const nestedLists = kids.filter((kid) => kid.type === 'list');
    const inline = kids.filter((kid) => kid.type !== 'list');
    const nested = nestedLists.map((kid) => listBlock(kid, context)).filter((b): b is string => b !== null);
    if (inline.length === 0 && nested.length > 0) {
      const previous = items[items.length - 1];
      if (previous) {
        previous.nested.push(...nested);
        continue;
      }
    }
    items.push({ html: inlineHtml(inline, context), nested });
  }
  return items.map(({ html, nested }) => blockMarkup('core/list-item', {}, `<li>${html}${joinBlocks(nested)}</li>`));
}

// Lexical's TableCellHeaderStates.ROW
const HEADER_ROW = 1;

function tableBlock(node: JsonNode, context: Context): string | null {
  const rows = (node.children ?? []).filter((row) => row.type === 'tablerow');
  if (rows.length === 0) return null;
  const state = textBlockState(node);
  const renderRow = (row: JsonNode, inHead: boolean): string => {
    const cells: string[] = [];
    for (const cell of row.children ?? []) {
      if (cell.type !== 'tablecell') continue;
      const header = typeof cell.headerState === 'number' && cell.headerState !== 0;
      const tag = inHead || header ? 'th' : 'td';
      cells.push(`<${tag}>${cellHtml(cell, context)}</${tag}>`);
      // WordPress 6.1's table block has no merged cells: keep the grid with empty cells.
      const span = typeof cell.colSpan === 'number' && cell.colSpan > 1 ? Math.min(cell.colSpan, 100) : 1;
      for (let i = 1; i < span; i++) cells.push(`<${tag}></${tag}>`);
    }
    return `<tr>${cells.join('')}</tr>`;
  };
  const first = rows[0];
  const firstCells = (first?.children ?? []).filter((cell) => cell.type === 'tablecell');
  const hasHeader =
    firstCells.length > 0 &&
    firstCells.every((cell) => typeof cell.headerState === 'number' && (cell.headerState & HEADER_ROW) === HEADER_ROW);
  const afterHead = hasHeader ? rows.slice(1) : rows;
  // The footer rows a pulled table had, while the table still has rows for its body.
  const footerCount = Math.min(state.footerRows ?? 0, Math.max(afterHead.length - 1, 0));
  const bodyRows = afterHead.slice(0, afterHead.length - footerCount);
  const footRows = afterHead.slice(afterHead.length - footerCount);
  const head = hasHeader && first ? `<thead>${renderRow(first, true)}</thead>` : '';
  const body = bodyRows.length > 0 ? `<tbody>${bodyRows.map((row) => renderRow(row, false)).join('')}</tbody>` : '';
  const foot = footRows.length > 0 ? `<tfoot>${footRows.map((row) => renderRow(row, false)).join('')}</tfoot>` : '';
  // Tables made in Presswork have a fixed layout; a pulled one keeps WordPress's automatic default.
  const fixed = state.fixedLayout !== false;
  const caption = state.caption ? `<figcaption class="wp-element-caption">${escapeHtmlText(state.caption)}</figcaption>` : '';
  return blockMarkup(
    'core/table',
    fixed ? { hasFixedLayout: true } : {},
    `<figure class="wp-block-table"><table${fixed ? ' class="has-fixed-layout"' : ''}>${head}${body}${foot}</table>${caption}</figure>`,
  );
}

/** A cell's paragraphs become lines: a WordPress table cell holds inline content only. */
function cellHtml(cell: JsonNode, context: Context): string {
  const lines: string[] = [];
  for (const child of cell.children ?? []) {
    if (Array.isArray(child.children) && child.type !== 'link' && child.type !== 'autolink' && child.type !== 'mark' && child.type !== 'highlight') {
      if (child.type === 'list') {
        for (const item of child.children) lines.push(inlineHtml(item.children?.filter((k) => k.type !== 'list'), context));
      } else lines.push(inlineHtml(child.children, context));
    } else lines.push(inlineHtml([child], context));
  }
  return lines.filter((line) => line !== '').join('<br>');
}

function footnoteList(notes: readonly string[]): string {
  const items = notes.map((note, index) =>
    blockMarkup(
      'core/list-item',
      {},
      `<li>${escapeHtmlText(note)} <a href="#${footnoteReferenceAnchor(index + 1)}" id="${footnoteAnchor(index + 1)}">↩︎</a></li>`,
    ),
  );
  return blockMarkup('core/list', { ordered: true }, `<ol>${joinBlocks(items)}</ol>`);
}

function inlineHtml(children: JsonNode[] | undefined, context: Context): string {
  if (!children) return '';
  let html = '';
  for (const child of mergeAdjacentText(children)) html += inlineNodeHtml(child, context);
  // A paragraph of nothing but line breaks is empty.
  return /^(?:<br>)*$/.test(html) ? '' : html;
}

function inlineNodeHtml(node: JsonNode, context: Context): string {
  switch (node.type) {
    case 'text':
      return formattedText(stringOf(node.text), typeof node.format === 'number' ? node.format : 0);
    case 'linebreak':
      return '<br>';
    case 'tab':
      return '\t';
    case 'highlight':
      return highlightToWordPress(node, inlineHtml(node.children, context));
    case 'link':
    case 'autolink': {
      const inner = inlineHtml(node.children, context);
      const url = stringOf(node.url);
      if (!isAllowedLinkUrl(url)) return inner;
      return `${linkOpeningTag(node, url)}${inner}</a>`;
    }
    default: {
      const storyNode = storyNodeRenderers.get(node.type);
      if (storyNode?.placement === 'inline') return storyNode.render(node, context);
      if (Array.isArray(node.children)) return inlineHtml(node.children, context);
      if (typeof node.text === 'string') return escapeHtmlText(node.text);
      return '';
    }
  }
}

/**
 * `<a>` with the attributes in the order WordPress's link format writes them (href, target,
 * rel). A new-tab link without a rel gets the one WordPress's own editor gives it; a pulled link
 * keeps the rel it came with (WordPress adds `noopener` to every new-tab link it saves).
 */
function linkOpeningTag(node: JsonNode, url: string): string {
  const target = typeof node.target === 'string' && node.target !== '' ? node.target : null;
  const rel = typeof node.rel === 'string' && node.rel !== '' ? node.rel : target === '_blank' ? 'noreferrer noopener' : null;
  const title = typeof node.title === 'string' && node.title !== '' ? ` title="${escapeHtmlAttribute(node.title)}"` : '';
  const targetAttr = target ? ` target="${escapeHtmlAttribute(target)}"` : '';
  const relAttr = rel ? ` rel="${escapeHtmlAttribute(rel)}"` : '';
  return `<a href="${escapeHtmlAttribute(url)}"${targetAttr}${relAttr}${title}>`;
}

/** Text split across nodes of the same format is one run: <strong>ab</strong>, not two. */
function mergeAdjacentText(children: JsonNode[]): JsonNode[] {
  const out: JsonNode[] = [];
  for (const child of children) {
    const last = out[out.length - 1];
    if (last && last.type === 'text' && child.type === 'text' && (last.format ?? 0) === (child.format ?? 0)) {
      out[out.length - 1] = { ...last, text: stringOf(last.text) + stringOf(child.text) };
    } else out.push(child);
  }
  return out;
}

/** Inline formats in the elements WordPress's own format buttons produce. */
function formattedText(text: string, format: number): string {
  if (text === '') return '';
  let html = escapeHtmlText(text);
  if (format & CODE) html = `<code>${html}</code>`;
  if (format & SUBSCRIPT) html = `<sub>${html}</sub>`;
  else if (format & SUPERSCRIPT) html = `<sup>${html}</sup>`;
  if (format & STRIKETHROUGH) html = `<s>${html}</s>`;
  if (format & UNDERLINE) html = `<span style="text-decoration: underline;">${html}</span>`;
  if (format & ITALIC) html = `<em>${html}</em>`;
  if (format & BOLD) html = `<strong>${html}</strong>`;
  return html;
}

function alignment(node: JsonNode): string | null {
  return node.format === 'left' || node.format === 'center' || node.format === 'right' ? node.format : null;
}

function stringOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
