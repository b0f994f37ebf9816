import { $isLinkNode } from '@lexical/link';
import { $isElementNode, type LexicalNode } from 'lexical';
import { isAllowedLinkUrl } from '../../../shared/content/link-policy';
import { $isEmbedNode, storyNodeKeys } from '../../../shared/content/nodes';

/**
 * Lexical clipboard JSON before it becomes nodes: a Presswork node keeps only the keys its
 * declaration gives it, at any depth, so nothing undeclared another program put there rides
 * along into the story.
 */
export function scrubPastedJSON<T extends { type: string }>(nodes: readonly T[]): T[] {
  return nodes.map((node) => {
    if (typeof node !== 'object' || node === null) return node;
    const keys = storyNodeKeys(node.type);
    const kept = keys ? (Object.fromEntries(Object.entries(node).filter(([key]) => keys.includes(key))) as T) : { ...node };
    const children = (kept as { children?: unknown }).children;
    if (Array.isArray(children)) (kept as { children?: unknown }).children = scrubPastedJSON(children as T[]);
    return kept;
  });
}

/**
 * Second check on nodes about to be pasted, after the HTML sanitizer or from Lexical's own
 * clipboard JSON (which another program can write too): a link whose target the policy refuses
 * becomes its plain text and an embed that is not http(s) is dropped. Returns the nodes to insert.
 */
export function $scrubPastedNodes(nodes: LexicalNode[]): LexicalNode[] {
  const out: LexicalNode[] = [];
  for (const node of nodes) {
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
  for (const child of parent.getChildren()) {
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
