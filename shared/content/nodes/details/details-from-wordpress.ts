import { childNodesOf, isElement, parseHtmlDocument, tagName } from '../../dom-window';
import { cleanHtmlToNodes, paragraph } from '../../html-to-nodes';
import { sanitizeHtml } from '../../sanitize-html';
import type { ImportContext, ParsedBlock } from '../../wordpress/block-import-context';
import type { NodeJSON } from '../story-node-declaration';

/**
 * core/details → a details node: the `<summary>`'s rich text as its summary, the inner blocks
 * through `innerToNodes` (a paragraph keeps its `placeholder`), `showContent` as `open`. Other
 * attributes (a name, colours) are not modelled: the round-trip check sees them differ.
 */
export function detailsFromWordPress(block: ParsedBlock, context: ImportContext, innerToNodes: (inner: ParsedBlock) => NodeJSON[]): NodeJSON[] {
  const attrs = (block.attrs ?? {}) as Record<string, unknown>;
  const doc = parseHtmlDocument(block.innerHTML, context.window);
  const details = doc.body?.querySelector('details') ?? null;
  const summary = details ? childNodesOf(details).find((child) => isElement(child) && tagName(child) === 'summary') : undefined;
  const summaryNodes = summary && isElement(summary) ? inlineNodes(summary.innerHTML, context) : [];
  let children = block.innerBlocks.flatMap(innerToNodes);
  if (children.length === 0) children = [paragraph([])];
  const node: NodeJSON = { type: 'details', version: 1, children: [{ type: 'details-summary', version: 1, children: summaryNodes }, ...children] };
  if (attrs.showContent === true) node.open = true;
  return [node];
}

/** The summary's rich text as inline nodes. */
function inlineNodes(html: string, context: ImportContext): NodeJSON[] {
  if (html.trim() === '') return [];
  const nodes = cleanHtmlToNodes(sanitizeHtml(`<p>${html}</p>`, context.window), context.window, context.footnotes.texts);
  return nodes.flatMap((node) => (node.type === 'paragraph' ? (node.children ?? []) : []));
}
