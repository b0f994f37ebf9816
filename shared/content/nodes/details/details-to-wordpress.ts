import { blockMarkup, joinBlocks, type BlockAttributes } from '../../wordpress/block-comment';
import type { NodeJSON } from '../story-node-declaration';
import { parseDetailsOpen } from './details-node';

export interface DetailsRendering {
  /** A child block (paragraph, heading, list…) as the top-level block it would be. */
  block(node: NodeJSON): string | null;
  /** Inline children as HTML. */
  inline(children: NodeJSON[] | undefined): string;
  /** Whether the site's block editor knows core/details (WordPress 6.3 and later). */
  hasDetailsBlock: boolean;
}

/**
 * core/details as the block library's save writes it (a Custom HTML block of the same HTML for a
 * site older than 6.3): `<details class="wp-block-details">`
 * (`open` when `showContent`), the `<summary>` ("Details" when left empty, as WordPress writes an
 * empty one), then the hidden blocks as inner blocks.
 */
export function detailsToWordPress(node: NodeJSON, render: DetailsRendering): string | null {
  const children = node.children ?? [];
  const summaryNode = children.find((child) => child.type === 'details-summary');
  const body = children.filter((child) => child.type !== 'details-summary');
  const summary = summaryNode ? render.inline(summaryNode.children) : '';
  const inner = joinBlocks(body.map((child) => render.block(child)).filter((b): b is string => b !== null));
  if (summary === '' && inner === '') return null;
  const open = parseDetailsOpen(node.open);
  const opening = `<details class="wp-block-details"${open ? ' open' : ''}><summary>${summary === '' ? 'Details' : summary}</summary>`;
  if (!render.hasDetailsBlock) {
    // An older block editor has no Details block and would call one unsupported: the same HTML as a Custom HTML block reads the same on the site.
    return blockMarkup('core/html', {}, `${opening}${inner.replace(/<!-- \/?wp:[^>]*?-->\n?/g, '')}</details>`);
  }
  const attrs: BlockAttributes = open ? { showContent: true } : {};
  return blockMarkup('core/details', attrs, `${opening}${inner}</details>`);
}
