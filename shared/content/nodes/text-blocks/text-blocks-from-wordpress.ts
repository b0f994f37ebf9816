import { parseHtmlDocument, type DomWindow } from '../../dom-window';
import type { NodeJSON } from '../story-node-declaration';
import { isAnchor, isListStyleType, textBlockState, withTextBlockState, type TextBlockState } from './block-state';

/**
 * The `id` of a block's own element (`<h2 id="intro">`): WordPress 6.1 keeps a heading's or
 * paragraph's anchor there, not in the block comment.
 */
export function anchorOf(innerHtml: string, window: DomWindow): string | undefined {
  if (!/\bid\s*=/.test(innerHtml)) return undefined;
  const element = parseHtmlDocument(innerHtml.trim(), window).body?.firstElementChild;
  const id = element?.getAttribute('id') ?? '';
  return id !== '' && isAnchor(id) ? id : undefined;
}

/**
 * A core/heading or core/paragraph's own attributes on the node made from it: its anchor, and
 * the ones that are one attribute and one class (additional classes, a preset font size, a drop
 * cap). Anything else it carries is left for the round-trip check to find.
 */
export function withTextAttributes(node: NodeJSON, attrs: Record<string, unknown>, innerHtml: string, window: DomWindow): NodeJSON {
  const state: TextBlockState = {};
  const anchor = anchorOf(innerHtml, window);
  if (anchor) state.anchor = anchor;
  if (typeof attrs.className === 'string' && attrs.className.trim() !== '') state.className = attrs.className.trim();
  if (typeof attrs.fontSize === 'string') state.fontSize = attrs.fontSize;
  if (attrs.dropCap === true && node.type === 'paragraph') state.dropCap = true;
  if (typeof attrs.placeholder === 'string' && node.type === 'paragraph') state.placeholder = attrs.placeholder;
  // Only values the state accepts: an odd class or slug is left out, and the check sees the block differ.
  return withTextBlockState(node, textBlockState({ $: state }));
}

/**
 * A core/list's own attributes on the list node made from it: `start` (Lexical's own field),
 * `reversed` and `type` (kept as state). WordPress 6.1 keeps them in the block comment.
 */
export function withListAttributes(node: NodeJSON, attrs: Record<string, unknown>, innerHtml: string, window: DomWindow): NodeJSON {
  if (node.type !== 'list') return node;
  const state: TextBlockState = {};
  if (attrs.reversed === true) state.reversed = true;
  if (typeof attrs.type === 'string' && isListStyleType(attrs.type)) state.listType = attrs.type;
  const out: NodeJSON = typeof attrs.start === 'number' && Number.isInteger(attrs.start) ? { ...node, start: attrs.start } : node;
  const anchor = anchorOf(innerHtml, window);
  if (anchor) state.anchor = anchor;
  return withTextBlockState(out, state);
}
