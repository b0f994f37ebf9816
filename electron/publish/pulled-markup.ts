import { createHash } from 'node:crypto';
import { preservedBlocksIn } from '../../shared/content/nodes/preserved-block/preserved-blocks-in';
import type { MarkupDifference } from '../../shared/content/wordpress/block-equivalence';
import type { BodyState } from '../../shared/story/story-schema';
import type { PostText } from '../wordpress/post-text';
import type { PullRecord } from './publish-store';

export function markupHash(markup: string): string {
  return createHash('sha256').update(markup, 'utf8').digest('hex');
}

/** What publishing must remember of a pull: the post's format, each kept block's hash, the differences found. */
export function pullRecord(text: PostText): PullRecord {
  return {
    format: text.pulled.format,
    preservedHashes: preservedBlocksIn(text.body).map((block) => markupHash(block.markup)),
    differences: text.pulled.differences,
  };
}

/**
 * The labels of the body's kept blocks whose markup was not pulled from this site for this
 * story (pasted JSON another program wrote, a story synced from another site, a body written
 * around the editor): publishing them raw could plant script on the site, so they are refused.
 */
export function unpulledBlocks(body: BodyState, pulled: ReadonlySet<string>): string[] {
  return preservedBlocksIn(body)
    .filter((block) => !pulled.has(markupHash(block.markup)))
    .map((block) => block.label);
}

/** One label per top-level block that differs ("Table", "Gallery"), in the post's order. */
export function differenceLabels(differences: readonly MarkupDifference[]): string[] {
  const seen = new Map<string, string>();
  for (const difference of differences) {
    const block = difference.path.split('.')[0] ?? '';
    if (!seen.has(block)) seen.set(block, difference.label);
  }
  return [...seen.values()];
}
