import { escapeHtmlAttribute } from '../../wordpress/block-comment';
import type { NodeJSON } from '../story-node-declaration';
import { isHighlightClass, isHighlightStyle } from './highlight-colors';

/**
 * A highlight as WordPress 6.1's text-color format writes it: `<mark style="…" class="…">`, the
 * colours as the site gave them (style first, as the format's attributes are ordered).
 */
export function highlightToWordPress(node: NodeJSON, innerHtml: string): string {
  if (innerHtml === '') return '';
  const style = typeof node.colorStyle === 'string' && isHighlightStyle(node.colorStyle) ? node.colorStyle : '';
  const cls = typeof node.colorClass === 'string' && isHighlightClass(node.colorClass) ? node.colorClass : '';
  const styleAttr = style ? ` style="${escapeHtmlAttribute(style)}"` : '';
  const classAttr = cls ? ` class="${escapeHtmlAttribute(cls)}"` : '';
  return `<mark${styleAttr}${classAttr}>${innerHtml}</mark>`;
}
