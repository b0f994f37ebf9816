import { blockMarkup, joinBlocks, type BlockAttributes } from '../../wordpress/block-comment';
import type { NodeJSON } from '../story-node-declaration';
import { parseDetailsOpen } from './details-node';

export interface DetailsRendering {
  /** A child block (paragraph, heading, list…) as the top-level block it would be. */
  block(node: NodeJSON): string | null;
  /** Inline children as HTML. */
  inline(children: NodeJSON[] | undefined): string;
}

/**
 * core/details as the block library's save writes it: `<details class="wp-block-details">`
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
  const attrs: BlockAttributes = open ? { showContent: true } : {};
  return blockMarkup(
    'core/details',
    attrs,
    `<details class="wp-block-details"${open ? ' open' : ''}><summary>${summary === '' ? 'Details' : summary}</summary>${inner}</details>`,
  );
}
