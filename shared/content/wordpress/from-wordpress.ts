import type { BodyState } from '../../story/story-schema';
import { parseHtmlDocument, tagName, type DomWindow } from '../dom-window';
import { cleanHtmlToNodes, nodesToBody, type NodeJSON } from '../html-to-nodes';
import { preservedBlockJson } from '../nodes/preserved-block/preserved-block-from-wordpress';
import { sanitizeHtml } from '../sanitize-html';
import { CAPTION_MARK, collapse, type ImportContext, type ParsedBlock, type RemoteImage, type WordPressImportOptions } from './block-import-context';
import { preformattedFromWordPress } from '../nodes/preformatted/preformatted-from-wordpress';
import { quotationFromWordPress } from '../nodes/quotation/quotation-from-wordpress';
import { detailsFromWordPress } from '../nodes/details/details-from-wordpress';
import { tableBlockParts, withTableState } from '../nodes/text-blocks/table-from-wordpress';
import { withListAttributes, withTextAttributes } from '../nodes/text-blocks/text-blocks-from-wordpress';
import { compareMarkup, type MarkupDifference } from './block-equivalence';
import { BlockConversionError, type BlockRenderContext, type MediaResolver } from './block-render-context';
import { isBlankPiece, topLevelBlocks } from './block-source';
import { classicChunks, isClassicContent } from './classic-chunks';
import { FOOTNOTE_ANCHOR, type FootnoteFormat } from './footnote-anchors';
import { parserClaiming, storyNodeParsers } from './story-node-parsers';
import { bodyToPostContent, classicHtml, renderTopLevelNodes } from './to-blocks';

export type { RemoteImage, WordPressImportOptions } from './block-import-context';

/** A pulled post: its body, and what of it is modelled and what kept as the site has it. */
export interface PulledStory {
  body: BodyState;
  /** The label of each block kept byte for byte ("Columns", "Classic HTML"), in order. */
  preserved: string[];
  /** How many source blocks (or classic chunks) became Presswork nodes. */
  modelled: number;
  /** A classic post (no block delimiters) is written back classic. */
  format: 'blocks' | 'classic';
  /**
   * What Presswork would change, writing the body back as pulled: the whole post compared with
   * what publishing would send. Empty when the round trip is lossless, as per-block checking
   * intends; anything here is shown to the user before publishing may overwrite the post.
   */
  differences: MarkupDifference[];
}

/**
 * WordPress post content → Lexical JSON for a story body (see wordpressToStory), for callers
 * that need only the body.
 */
export function wordpressToBody(content: string, window: DomWindow, options: WordPressImportOptions = {}): BodyState {
  return wordpressToStory(content, window, options).body;
}

/**
 * Block markup from outside a pulled post (a paste, another document) → sanitized Presswork
 * nodes only: every block as the parsers read it, nothing kept raw, since raw markup is written
 * back only to the post it was pulled from.
 */
export function wordpressToModelledBody(content: string, window: DomWindow, options: WordPressImportOptions = {}): BodyState {
  return wordpressToStory(content, window, options, { verify: false }).body;
}

/**
 * WordPress post content → a story body, model or preserve, verified per block: each top-level
 * block of the content (or each paragraph-level chunk of a classic post) is converted to nodes,
 * rendered back as publishing would, and compared with its source; the nodes are kept when
 * WordPress would find nothing different, else the block becomes one preserved-block node
 * holding its exact bytes. So an unedited post is written back as it came. Every piece of HTML
 * the modelled nodes take is sanitized on the way in.
 */
export function wordpressToStory(content: string, window: DomWindow, options: WordPressImportOptions = {}, mode: { verify: boolean } = { verify: true }): PulledStory {
  const classic = isClassicContent(content);
  const pieces = classic ? [] : topLevelBlocks(content).filter((piece) => !isBlankPiece(piece));
  const check = mode.verify ? verified : unverified;
  const footnotes = collectFootnotes(
    pieces.map((piece) => piece.block),
    window,
  );
  if (classic && /id=["']?fn-\d/.test(content)) {
    // A classic post's notes list sits in its HTML: read it the same way.
    const found = collectFootnotes([classicBlock(content)], window);
    for (const [id, text] of found.texts) footnotes.texts.set(id, text);
    footnotes.listElements = found.listElements;
  }
  for (const [id, text] of footnotesFromMeta(options.footnotesMeta, window)) footnotes.texts.set(id, text);
  // Every image the parsers read is remembered with what the post said of it, so checking renders it as the site has it.
  const images = new Map<string, RemoteImage>();
  const media = (image: RemoteImage): string | null => {
    const id = options.media ? options.media(image) : image.remoteId !== null ? `wp-attachment:${image.remoteId}` : null;
    if (id !== null) images.set(id, image);
    return id;
  };
  const context: ImportContext = { window, options: { ...options, media }, footnotes, captions: [] };
  const render: BlockRenderContext = { media: verificationMedia(images), footnotes: [], footnoteFormat: footnoteFormatOf(content), wordpressVersion: options.wordpressVersion ?? null, classicForm: classic };
  const nodes: NodeJSON[] = [];
  const preserved: string[] = [];
  let modelled = 0;
  const keep = (markup: string, blockName: string | null): void => {
    const node = preservedBlockJson(markup, blockName, window);
    nodes.push(node);
    preserved.push(String(node.label));
  };
  if (classic) {
    for (const chunk of classicChunks(content)) {
      const converted = mode.verify && standaloneShortcode(chunk) ? null : check(chunk, () => classicToNodes(chunk, context), render, window, classicHtml);
      if (converted) {
        nodes.push(...converted);
        modelled++;
      } else keep(chunk, null);
    }
  } else {
    for (const { raw, block } of pieces) {
      // The notes list is written again from the story's footnotes, after the last block.
      if (footnotes.listBlocks.has(block) || block.blockName === 'core/footnotes') {
        modelled++;
        continue;
      }
      const converted = check(raw, () => blockToNodes(block, context), render, window, (html) => html);
      if (converted) {
        nodes.push(...converted);
        modelled++;
      } else keep(raw, block.blockName);
    }
  }
  const body = nodesToBody(nodes);
  const format = classic ? 'classic' : 'blocks';
  if (!mode.verify) return { body, preserved, modelled, format, differences: [] };
  let differences: MarkupDifference[];
  try {
    const written = bodyToPostContent(body, render.media, render.footnoteFormat, { classic, wordpressVersion: render.wordpressVersion }).content;
    differences = written === content ? [] : compareMarkup(footnoteIdsInOrder(content), footnoteIdsInOrder(written), window);
  } catch (error) {
    if (!(error instanceof BlockConversionError)) throw error;
    differences = [{ kind: 'changed', blockName: null, label: 'Post', path: '', aspects: ['html'], theirs: '', ours: error.message }];
  }
  return { body, preserved, modelled, format, differences };
}

/**
 * The nodes a source piece converts to, when rendering them back gives markup WordPress would
 * find equivalent to the source; null when it would not (or they cannot be rendered). Footnotes
 * the rendering numbered are taken back when the piece is not kept as nodes.
 */
function verified(
  source: string,
  convert: () => NodeJSON[],
  render: BlockRenderContext,
  window: DomWindow,
  asSource: (block: string) => string,
): NodeJSON[] | null {
  const noted = render.footnotes.length;
  try {
    const nodes = convert();
    const rendered = renderTopLevelNodes(nodes, render).map(asSource).join('\n\n');
    // Byte-identical needs no parsing (the usual case for a post Presswork wrote).
    if (rendered === source || compareMarkup(footnoteIdsInOrder(source), footnoteIdsInOrder(rendered), window).length === 0) return nodes;
  } catch (error) {
    if (!(error instanceof BlockConversionError)) throw error;
  }
  render.footnotes.length = noted;
  return null;
}

/** The nodes as converted, unchecked. */
function unverified(_source: string, convert: () => NodeJSON[]): NodeJSON[] {
  return convert();
}

/**
 * Checking renders each image pulled as the post had it: its attachment id and address, and no
 * alt, caption or credit of the library's, so the image node's own fields decide, as they do
 * when it is published from the site's attachment.
 */
function verificationMedia(images: ReadonlyMap<string, RemoteImage>): MediaResolver {
  return (mediaId) => {
    const image = images.get(mediaId);
    const attachment = /^wp-attachment:(\d+)$/.exec(mediaId);
    const remoteId = image?.remoteId ?? (attachment ? Number(attachment[1]) : null);
    return remoteId === null ? null : { remoteId, url: image?.url ?? '', alt: '', caption: '', credit: '' };
  };
}

/**
 * WordPress 6.3+'s editor gives each note a generated id (`<sup data-fn="5ae0…">`) where
 * Presswork numbers them, and both the references and the notes meta are rewritten together on
 * publish: for the check, each reference's id is its order in the piece.
 */
function footnoteIdsInOrder(html: string): string {
  const ids: string[] = [];
  for (const match of html.matchAll(/<sup\b[^>]*\bdata-fn="([^"<>]{1,80})"/g)) if (!ids.includes(match[1]!)) ids.push(match[1]!);
  let out = html;
  ids.forEach((id, index) => {
    out = out.split(id).join(`pw-footnote-${index + 1}`);
  });
  return out;
}

/** The footnote form a post was written in: WordPress 6.3+'s footnotes block, or the numbered list. */
function footnoteFormatOf(content: string): FootnoteFormat {
  return /<!--\s+wp:footnotes\b/.test(content) ? 'core' : 'list';
}

/** A classic chunk that is only a shortcode Presswork does not model (`[gallery ids="1,2"]`): kept whole. */
function standaloneShortcode(chunk: string): boolean {
  const match = /^\[([a-z][\w-]*)\b[^\]]*\]/i.exec(chunk);
  if (!match) return false;
  const name = match[1]!.toLowerCase();
  if (name === 'caption' || name === 'embed') return false;
  const rest = chunk.slice(match[0].length).trim();
  return rest === '' || new RegExp(`\\[\\/${name}\\]$`, 'i').test(rest);
}

function classicBlock(html: string): ParsedBlock {
  return { blockName: null, attrs: {}, innerBlocks: [], innerHTML: html, innerContent: [html] } as ParsedBlock;
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
      return nodes.length === 1 && nodes[0] ? [withTextAttributes(nodes[0], attrs, block.innerHTML, context.window)] : nodes;
    }
    case 'core/list': {
      const nodes = htmlNodes(rawHtml(block), context);
      return nodes.length === 1 && nodes[0] ? [withListAttributes(nodes[0], attrs, block.innerHTML, context.window)] : nodes;
    }
    case 'core/table': {
      const { html, state } = tableBlockParts(block.innerHTML, attrs, context.window);
      return withTableState(htmlNodes(html, context), state);
    }
    case 'core/preformatted':
    case 'core/verse':
    case 'core/code':
      return preformattedFromWordPress(block, context);
    case 'core/quote':
      return quotationFromWordPress(block, context, (inner) => blockToNodes(inner, context));
    case 'core/details':
      return detailsFromWordPress(block, context, (inner) => blockToNodes(inner, context));
    case 'core/footnotes':
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

