import { declareStoryNode } from '../story-node-declaration';

export const PAGE_BREAK_VERSION = 1;

/** A page break (WordPress's core/nextpage): the post continues on a next page. No fields. */
export const pageBreakDeclaration = declareStoryNode('page-break', PAGE_BREAK_VERSION, {} as Record<never, never>);

export type SerializedPageBreakNode = { type: 'page-break'; version: number };
