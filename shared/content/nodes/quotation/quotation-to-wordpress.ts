import { blockMarkup, joinBlocks, type BlockAttributes } from '../../wordpress/block-comment';
import type { NodeJSON } from '../story-node-declaration';
import { parseQuotationForm } from './quotation-node';

export interface QuotationRendering {
  /** A child block (paragraph, heading, list…) as the top-level block it would be. */
  block(node: NodeJSON): string | null;
  /** Inline children as HTML. */
  inline(children: NodeJSON[] | undefined): string;
}

const ALIGNMENTS = new Set(['left', 'center', 'right']);

/**
 * core/quote as WordPress 6.1's save writes it: `<blockquote class="wp-block-quote">`, the
 * paragraphs as inner blocks, then `<cite>` when the citation is not empty. A quote pulled in the
 * pre-6.0 form (bare `<p>`s) is written back in that form while it holds only paragraphs.
 */
export function quotationToWordPress(node: NodeJSON, render: QuotationRendering): string | null {
  const children = node.children ?? [];
  const citationNode = children.find((child) => child.type === 'quote-citation');
  const body = children.filter((child) => child.type !== 'quote-citation');
  const citation = citationNode ? render.inline(citationNode.children) : '';
  const align = typeof node.format === 'string' && ALIGNMENTS.has(node.format) ? node.format : null;
  const attrs: BlockAttributes = align ? { align } : {};
  const cls = align ? `wp-block-quote has-text-align-${align}` : 'wp-block-quote';
  const cite = citation !== '' ? `<cite>${citation}</cite>` : '';
  const legacy = parseQuotationForm(node.form) === 'html' && body.every((child) => child.type === 'paragraph');
  let inner: string;
  if (legacy) {
    inner = body
      .map((child) => render.inline(child.children))
      .filter((html) => html !== '')
      .map((html) => `<p>${html}</p>`)
      .join('');
  } else {
    inner = joinBlocks(body.map((child) => render.block(child)).filter((b): b is string => b !== null));
  }
  if (inner === '' && cite === '') return null;
  return blockMarkup('core/quote', attrs, `<blockquote class="${cls}">${inner}${cite}</blockquote>`);
}
