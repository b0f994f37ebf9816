import { childNodesOf, isElement, parseHtmlDocument, tagName } from '../../dom-window';
import { cleanHtmlToNodes, paragraph } from '../../html-to-nodes';
import { sanitizeHtml } from '../../sanitize-html';
import type { ImportContext, ParsedBlock } from '../../wordpress/block-import-context';
import type { NodeJSON } from '../story-node-declaration';

const ALIGNMENTS = new Set(['left', 'center', 'right']);

/**
 * core/quote → a quotation node: its inner blocks (WordPress 6.0+) through `innerToNodes`, or the
 * `<p>`s of the older form; the `<cite>` as its citation; `align` as the element's format.
 */
export function quotationFromWordPress(block: ParsedBlock, context: ImportContext, innerToNodes: (inner: ParsedBlock) => NodeJSON[]): NodeJSON[] {
  const attrs = (block.attrs ?? {}) as Record<string, unknown>;
  const doc = parseHtmlDocument(block.innerHTML, context.window);
  const quote = doc.body?.querySelector('blockquote') ?? null;
  const cite = quote ? childNodesOf(quote).find((child) => isElement(child) && tagName(child) === 'cite') : undefined;
  const legacy = block.innerBlocks.length === 0;
  let children: NodeJSON[];
  if (!legacy) children = block.innerBlocks.flatMap(innerToNodes);
  else {
    if (cite) cite.parentNode?.removeChild(cite);
    children = inlineBlocks(quote?.innerHTML ?? '', context);
  }
  if (children.length === 0) children = [paragraph([])];
  const citation = cite && isElement(cite) ? inlineNodes(cite.innerHTML, context) : [];
  if (citation.length > 0) children.push({ type: 'quote-citation', version: 1, children: citation });
  const align = typeof attrs.align === 'string' && ALIGNMENTS.has(attrs.align) ? attrs.align : '';
  return [{ type: 'quotation', version: 1, format: align, form: legacy ? 'html' : 'blocks', children }];
}

function inlineBlocks(html: string, context: ImportContext): NodeJSON[] {
  if (html.trim() === '') return [];
  return cleanHtmlToNodes(sanitizeHtml(html, context.window), context.window, context.footnotes.texts);
}

/** A citation's rich text as inline nodes. */
function inlineNodes(html: string, context: ImportContext): NodeJSON[] {
  const nodes = inlineBlocks(`<p>${html}</p>`, context);
  return nodes.flatMap((node) => (node.type === 'paragraph' ? (node.children ?? []) : []));
}
