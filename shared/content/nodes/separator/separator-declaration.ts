import { declareStoryNode } from '../story-node-declaration';

export const SEPARATOR_VERSION = 1;

/** A section break (WordPress's separator block, an `<hr>` in HTML): no fields. */
export const separatorDeclaration = declareStoryNode('separator', SEPARATOR_VERSION, {} as Record<never, never>);

export type SerializedSeparatorNode = { type: 'separator'; version: number };
