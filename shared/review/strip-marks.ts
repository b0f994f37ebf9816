import type { BodyState } from '../story/story-schema';

type Node = { type?: unknown; children?: unknown[] } & Record<string, unknown>;

const sameRun = (a: Node, b: Node) =>
  a.type === 'text' && b.type === 'text' && a.format === b.format && a.style === b.style && a.mode === b.mode && a.detail === b.detail;

function strip(children: unknown[]): unknown[] {
  const out: Node[] = [];
  for (const child of children) {
    if (typeof child !== 'object' || child === null) continue;
    const node = child as Node;
    // A mark only anchors an editorial note: its text stays, the mark goes.
    const lifted = node.type === 'mark' ? strip(node.children ?? []) : [Array.isArray(node.children) ? { ...node, children: strip(node.children) } : { ...node }];
    for (const n of lifted as Node[]) {
      const prev = out[out.length - 1];
      if (prev && sameRun(prev, n)) out[out.length - 1] = { ...prev, text: String(prev.text ?? '') + String(n.text ?? '') };
      else out.push(n);
    }
  }
  return out;
}

/**
 * The body without editorial-note marks, for publishing: notes never reach the published story.
 * Text split by a mark is joined again where its formatting matches.
 */
export function stripEditorialMarks(body: BodyState): BodyState {
  return { ...body, root: { ...body.root, children: strip(body.root.children) as BodyState['root']['children'] } };
}
