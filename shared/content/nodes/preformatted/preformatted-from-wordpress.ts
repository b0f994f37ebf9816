import { childNodesOf, isElement, isText, parseHtmlDocument } from '../../dom-window';
import { cleanHtmlToNodes } from '../../html-to-nodes';
import { sanitizeHtml } from '../../sanitize-html';
import type { ImportContext, ParsedBlock } from '../../wordpress/block-import-context';
import type { NodeJSON } from '../story-node-declaration';
import type { PreformattedVariant } from './preformatted-node';

// Stand in for spaces, tabs and newlines while the sanitizer (which collapses spacing) reads the text.
const SPACE = '\uE000';
const TAB = '\uE001';
const NEWLINE = '\uE002';
const ALIGNMENTS = new Set(['left', 'center', 'right']);

const VARIANTS: Record<string, PreformattedVariant> = { 'core/preformatted': 'preformatted', 'core/code': 'code', 'core/verse': 'verse' };

export function isPreformattedBlock(name: string): boolean {
  return name in VARIANTS;
}

/**
 * core/preformatted, core/code and core/verse → a preformatted node: the text inside `<pre>` (and
 * a code block's `<code>`) with its spacing exactly, newlines and `<br>`s as line breaks, inline
 * formats and links as in a paragraph.
 */
export function preformattedFromWordPress(block: ParsedBlock, context: ImportContext): NodeJSON[] {
  const variant = VARIANTS[block.blockName ?? ''] ?? 'preformatted';
  const attrs = (block.attrs ?? {}) as Record<string, unknown>;
  const doc = parseHtmlDocument(block.innerHTML, context.window);
  const pre = doc.body?.querySelector('pre') ?? null;
  const holder = variant === 'code' ? (pre?.querySelector('code') ?? pre) : pre;
  if (!holder) return [];
  const lineBreaks = holder.querySelector('br') ? 'br' : 'newline';
  protectSpacing(holder);
  const clean = sanitizeHtml(`<p>${holder.innerHTML}</p>`, context.window);
  const inline = cleanHtmlToNodes(clean, context.window, context.footnotes.texts).flatMap((node) => (node.type === 'paragraph' ? (node.children ?? []) : []));
  const children = inline.flatMap(restoreSpacing);
  const align = variant === 'verse' && typeof attrs.textAlign === 'string' && ALIGNMENTS.has(attrs.textAlign) ? attrs.textAlign : '';
  return [{ type: 'preformatted', version: 1, format: align, variant, lineBreaks, children }];
}

function protectSpacing(node: Node): void {
  for (const child of childNodesOf(node)) {
    if (isText(child)) child.data = child.data.replace(/ /g, SPACE).replace(/\t/g, TAB).replace(/\r?\n/g, NEWLINE);
    else if (isElement(child)) protectSpacing(child);
  }
}

/** A text node back with its spacing, split at its newlines into line breaks. */
function restoreSpacing(node: NodeJSON): NodeJSON[] {
  if (Array.isArray(node.children)) return [{ ...node, children: node.children.flatMap(restoreSpacing) }];
  if (node.type !== 'text' || typeof node.text !== 'string') return [node];
  const out: NodeJSON[] = [];
  node.text
    .replace(new RegExp(SPACE, 'g'), ' ')
    .replace(new RegExp(TAB, 'g'), '\t')
    .split(NEWLINE)
    .forEach((part, index) => {
      if (index > 0) out.push({ type: 'linebreak', version: 1 });
      if (part !== '') out.push({ ...node, text: part });
    });
  return out;
}
