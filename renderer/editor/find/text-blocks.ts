import { $getRoot, $isElementNode, $isLineBreakNode, $isTextNode, type ElementNode } from 'lexical';
import type { TextSegment } from './text-segments';

/** A block's inline text (paragraph, subhead, list item, table cell paragraph…) and where each piece lives. */
export interface TextBlock {
  key: string;
  text: string;
  segments: TextSegment[];
}

/** Every block's text in document order; call inside editor.read or editor.update. */
export function $collectTextBlocks(): TextBlock[] {
  const blocks: TextBlock[] = [];
  const visit = (element: ElementNode, block: TextBlock | null) => {
    for (const child of element.getChildren()) {
      if ($isTextNode(child) || $isLineBreakNode(child)) {
        if (!block) continue;
        const text = $isTextNode(child) ? child.getTextContent() : '\n';
        block.segments.push({ key: child.getKey(), start: block.text.length, length: text.length });
        block.text += text;
      } else if ($isElementNode(child)) {
        if (child.isInline()) visit(child, block);
        else {
          const inner: TextBlock = { key: child.getKey(), text: '', segments: [] };
          blocks.push(inner);
          visit(child, inner);
        }
      }
    }
  };
  visit($getRoot(), null);
  return blocks.filter((b) => b.segments.length > 0);
}

/** The DOM text node Lexical rendered for a text node, for building highlight ranges. */
export function domTextOf(element: HTMLElement | null): Text | null {
  if (!element) return null;
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  return walker.nextNode() as Text | null;
}
