import { isElement, isText, parseHtmlDocument, tagName, type DomWindow } from '../../dom-window';
import { collapse } from '../../wordpress/block-import-context';
import type { NodeJSON } from '../story-node-declaration';
import { preservedBlockDeclaration, preservedBlockLabel } from './preserved-block-declaration';

/** One source block (or classic chunk) kept byte for byte, with its label and visible words. */
export function preservedBlockJson(markup: string, blockName: string | null, window: DomWindow): NodeJSON {
  return preservedBlockDeclaration.json({ blockName, markup, label: preservedBlockLabel(blockName, markup), text: visibleText(markup, window) });
}

const MAX_DEPTH = 200;

/** The words a reader sees: text outside scripts, styles and comments (block delimiters are comments). */
export function visibleText(markup: string, window: DomWindow): string {
  const doc = parseHtmlDocument(markup, window);
  const body = doc.body;
  if (!body) return '';
  for (const hidden of Array.from(body.querySelectorAll('script, style, template, noscript'))) hidden.remove();
  const parts: string[] = [];
  // Depth capped: a hostile post nesting elements thousands deep must not overflow the stack.
  const walk = (node: Node, depth: number): void => {
    if (isText(node)) parts.push(node.textContent ?? '');
    else if (isElement(node) && depth < MAX_DEPTH) {
      const block = /^(?:p|div|li|h[1-6]|figure|figcaption|blockquote|tr|td|th|br|pre|section)$/.test(tagName(node));
      if (block) parts.push(' ');
      for (const child of Array.from(node.childNodes)) walk(child, depth + 1);
      if (block) parts.push(' ');
    }
  };
  walk(body, 0);
  return collapse(parts.join(''));
}
