import { parseHtmlDocument, type DomWindow } from '../../dom-window';
import type { NodeJSON } from '../story-node-declaration';
import { withTextBlockState, type TextBlockState } from './block-state';

/**
 * What a core/table block says beyond its cells: its layout (WordPress 6.1's default is
 * automatic, `hasFixedLayout` absent), its caption and how many footer rows it has. Returns the
 * block's HTML without the caption (read here, not as a paragraph after the table) and the state
 * for the table node.
 */
export function tableBlockParts(innerHtml: string, attrs: Record<string, unknown>, window: DomWindow): { html: string; state: TextBlockState } {
  const state: TextBlockState = {};
  if (attrs.hasFixedLayout !== true) state.fixedLayout = false;
  const doc = parseHtmlDocument(innerHtml, window);
  const figcaption = doc.body?.querySelector('figure > figcaption') ?? null;
  if (figcaption) {
    const caption = (figcaption.textContent ?? '').trim();
    if (caption !== '') state.caption = caption;
    figcaption.remove();
  }
  const footerRows = doc.body?.querySelectorAll('tfoot > tr').length ?? 0;
  if (footerRows > 0) state.footerRows = footerRows;
  return { html: doc.body?.innerHTML ?? innerHtml, state };
}

export function withTableState(nodes: NodeJSON[], state: TextBlockState): NodeJSON[] {
  return nodes.map((node) => (node.type === 'table' ? withTextBlockState(node, state) : node));
}
