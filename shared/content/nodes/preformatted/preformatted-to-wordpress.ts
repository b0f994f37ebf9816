import { blockMarkup, type BlockAttributes } from '../../wordpress/block-comment';
import type { NodeJSON } from '../story-node-declaration';
import { parseLineBreakForm, parsePreformattedVariant } from './preformatted-node';

const ALIGNMENTS = new Set(['left', 'center', 'right']);

/**
 * core/preformatted, core/code or core/verse as WordPress 6.1's save writes them. `inline` renders
 * the text; its `<br>`s become newlines unless the source wrote `<br>`. A code block's content is
 * escaped as core/code's save does: `[` as `&#91;` (no shortcode runs) and the `//` of a URL alone
 * on its line as `&#47;&#47;` (no embed).
 */
export function preformattedToWordPress(node: NodeJSON, inline: (children: NodeJSON[] | undefined) => string): string | null {
  const variant = parsePreformattedVariant(node.variant);
  let content = inline(node.children);
  if (parseLineBreakForm(node.lineBreaks) === 'newline') content = content.replace(/<br>/g, '\n');
  if (content === '') return null;
  if (variant === 'code') {
    const escaped = content.replace(/\[/g, '&#91;').replace(/^(\s*https?:)\/\/([^\s<>"]+\s*)$/m, '$1&#47;&#47;$2');
    return blockMarkup('core/code', {}, `<pre class="wp-block-code"><code>${escaped}</code></pre>`);
  }
  if (variant === 'verse') {
    const align = typeof node.format === 'string' && ALIGNMENTS.has(node.format) ? node.format : null;
    const attrs: BlockAttributes = align ? { textAlign: align } : {};
    const cls = align ? `wp-block-verse has-text-align-${align}` : 'wp-block-verse';
    return blockMarkup('core/verse', attrs, `<pre class="${cls}">${content}</pre>`);
  }
  return blockMarkup('core/preformatted', {}, `<pre class="wp-block-preformatted">${content}</pre>`);
}
