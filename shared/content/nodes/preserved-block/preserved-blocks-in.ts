import type { BodyState } from '../../../story/story-schema';
import { preservedBlockDeclaration } from './preserved-block-declaration';

export interface PreservedBlockEntry {
  blockName: string | null;
  markup: string;
  label: string;
}

/** The body's preserved blocks, in order (they are always top-level blocks). */
export function preservedBlocksIn(body: BodyState): PreservedBlockEntry[] {
  const out: PreservedBlockEntry[] = [];
  for (const node of body.root.children as unknown as Array<Record<string, unknown> & { type: string }>) {
    if (node.type !== 'preserved-block') continue;
    const { blockName, markup, label } = preservedBlockDeclaration.read(preservedBlockDeclaration.upgrade(node));
    out.push({ blockName, markup, label });
  }
  return out;
}
