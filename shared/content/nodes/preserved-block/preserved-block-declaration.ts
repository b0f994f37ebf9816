import { blockLabel } from '../../wordpress/block-labels';
import { declareStoryNode, parseText, type FieldValues } from '../story-node-declaration';

export const PRESERVED_BLOCK_VERSION = 1;

/** A block's name, or null for classic (freeform) HTML between blocks or in a classic post. */
export function parseBlockName(json: unknown): string | null {
  return typeof json === 'string' && json !== '' ? json : null;
}

/**
 * A block of a pulled post Presswork does not model exactly (columns, a reusable block, raw
 * HTML, a third-party block, a classic chunk it would change): its source bytes, written back
 * unchanged on publish. `text` is its visible words, read once at pull: a reader of the site
 * reads them, so they are counted, searched and compared like the rest of the story.
 */
export const preservedBlockDeclaration = declareStoryNode('preserved-block', PRESERVED_BLOCK_VERSION, {
  blockName: { parse: parseBlockName },
  markup: { parse: parseText, readonly: true },
  label: { parse: parseText, readonly: true },
  text: { parse: parseText, readerText: true, readonly: true },
});

export type SerializedPreservedBlockNode = { type: 'preserved-block'; version: number } & FieldValues<typeof preservedBlockDeclaration.fields>;

/**
 * The human name of a preserved block, as WordPress's inserter names it ("core/columns" →
 * "Columns", a third-party block by its full name, "acme/chart"); a shortcode standing alone by
 * its tag ("Shortcode [gallery]").
 */
export function preservedBlockLabel(blockName: string | null, markup = ''): string {
  const shortcode = blockName === null || blockName === 'core/shortcode' ? /^\s*\[([a-z][\w-]*)[\s\]]/i.exec(markup.replace(/<!--[\s\S]*?-->/g, '')) : null;
  if (shortcode) return `Shortcode [${shortcode[1]!.toLowerCase()}]`;
  return blockLabel(blockName);
}
