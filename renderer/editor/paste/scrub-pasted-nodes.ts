import { $isLinkNode } from '@lexical/link';
import { $createHeadingNode, $isHeadingNode, type HeadingTagType } from '@lexical/rich-text';
import { $isElementNode, type LexicalNode } from 'lexical';
import type { DomWindow } from '../../../shared/content/dom-window';
import { isAllowedLinkUrl } from '../../../shared/content/link-policy';
import type { NodeJSON } from '../../../shared/content/nodes';
import { wordpressToModelledBody } from '../../../shared/content/wordpress/from-wordpress';
import { $isEmbedNode, bodyNodeKeys, lexicalValueProblem } from '../../../shared/content/nodes';

/** What a refused value becomes where Lexical needs the key; other refused keys are left out. */
const DEFAULTS: Record<string, (type: string) => unknown> = {
  style: () => '',
  textStyle: () => '',
  format: (type) => (type === 'text' || type === 'tab' ? 0 : ''),
  detail: () => 0,
  indent: () => 0,
  textFormat: () => 0,
};

/**
 * Lexical clipboard JSON before it becomes nodes: every node keeps only the keys its type
 * declares, at any depth, and only values that pass the body's checks (no inline style, a
 * number for a format, a link target the policy allows), so nothing another program put there
 * rides along into the story. A node of a type a story cannot contain is dropped; its text, or
 * its children's, stays.
 */
export function scrubPastedJSON<T extends { type: string }>(nodes: readonly T[], window: DomWindow): T[] {
  return nodes.flatMap((node): T[] => {
    if (typeof node !== 'object' || node === null) return [];
    const record = node as unknown as Record<string, unknown>;
    // Kept markup is written back only to the post it was pulled from: pasted, it is any pasted HTML.
    if (node.type === 'preserved-block') return scrubPastedJSON(pastedMarkupNodes(record.markup, window) as unknown as T[], window);
    const keys = bodyNodeKeys(node.type);
    if (!keys) {
      if (Array.isArray(record.children)) return scrubPastedJSON(record.children as T[], window);
      if (typeof record.text === 'string') return [{ type: 'text', version: 1, text: record.text, format: 0, detail: 0, mode: 'normal', style: '' } as unknown as T];
      return [];
    }
    const kept: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(record)) {
      if (!keys.includes(key)) continue;
      // A refused link target is left to $scrubPastedNodes, which keeps the link's words.
      if (key === 'url' || lexicalValueProblem(node.type, key, value) === null) kept[key] = value;
      else if (key in DEFAULTS) kept[key] = DEFAULTS[key]!(node.type);
    }
    if (Array.isArray(kept.children)) kept.children = scrubPastedJSON(kept.children as T[], window);
    return [kept as unknown as T];
  });
}

/** A preserved block's markup as sanitized story nodes, every block read by the parsers and nothing kept raw. */
function pastedMarkupNodes(markup: unknown, window: DomWindow): NodeJSON[] {
  if (typeof markup !== 'string' || markup.trim() === '') return [];
  const nodes = wordpressToModelledBody(markup, window).root.children as unknown as NodeJSON[];
  // An empty body is one empty paragraph: nothing to paste.
  return nodes.length === 1 && (nodes[0]?.children ?? []).length === 0 ? [] : nodes;
}

/**
 * A story's subheads are H2 to H4 (the headline is the page's H1): a pasted H1, a document's
 * title level, becomes the top subhead, H2; H5 and H6 become H4.
 */
const SUBHEAD_LEVEL: Partial<Record<HeadingTagType, HeadingTagType>> = { h1: 'h2', h5: 'h4', h6: 'h4' };

function $asSubhead(node: LexicalNode): LexicalNode {
  if (!$isHeadingNode(node)) return node;
  const level = SUBHEAD_LEVEL[node.getTag()];
  if (!level) return node;
  const subhead = $createHeadingNode(level).setFormat(node.getFormatType()).setIndent(node.getIndent()).setDirection(node.getDirection());
  subhead.append(...node.getChildren());
  if (node.getParent() !== null) node.replace(subhead);
  return subhead;
}

/**
 * Second check on nodes about to be pasted, after the HTML sanitizer or from Lexical's own
 * clipboard JSON (which another program can write too): a link whose target the policy refuses
 * becomes its plain text and an embed that is not http(s) is dropped; headings take the levels a
 * story's subheads have. Returns the nodes to insert.
 */
export function $scrubPastedNodes(pasted: LexicalNode[]): LexicalNode[] {
  const out: LexicalNode[] = [];
  for (const node of pasted.map($asSubhead)) {
    if ($isEmbedNode(node) && !/^https?:/i.test(node.getURL())) continue;
    if ($isLinkNode(node) && !isAllowedLinkUrl(node.getURL())) {
      out.push(...$scrubPastedNodes(node.getChildren()));
      continue;
    }
    if ($isElementNode(node)) $scrubChildren(node);
    out.push(node);
  }
  return out;
}

function $scrubChildren(parent: LexicalNode): void {
  if (!$isElementNode(parent)) return;
  for (const child of parent.getChildren().map($asSubhead)) {
    if ($isEmbedNode(child) && !/^https?:/i.test(child.getURL())) {
      child.remove();
    } else if ($isLinkNode(child) && !isAllowedLinkUrl(child.getURL())) {
      $scrubChildren(child);
      for (const grandchild of child.getChildren()) child.insertBefore(grandchild);
      child.remove();
    } else {
      $scrubChildren(child);
    }
  }
}
