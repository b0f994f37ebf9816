import type { BodyState } from './story-schema';

/**
 * The captions of the body's images, for search. The image node belongs to the content model;
 * any node carrying a string `caption` is read, so the search keeps working as that node evolves.
 */
export function bodyCaptions(body: BodyState): string {
  const out: string[] = [];
  const visit = (node: unknown) => {
    if (typeof node !== 'object' || node === null) return;
    const n = node as { caption?: unknown; children?: unknown };
    if (typeof n.caption === 'string' && n.caption.trim() !== '') out.push(n.caption.trim());
    if (Array.isArray(n.children)) n.children.forEach(visit);
  };
  body.root.children.forEach(visit);
  return out.join('\n');
}
