import { declareStoryNode, parseText, type FieldValues } from '../story-node-declaration';

export const FOOTNOTE_VERSION = 1;

/**
 * A footnote: the inline reference mark in the text, carrying the note's own words. The
 * number is never stored: it is the footnote's position among all footnotes in document
 * order, so moving, adding or deleting one renumbers the rest by construction.
 */
export const footnoteDeclaration = declareStoryNode('footnote', FOOTNOTE_VERSION, { note: { parse: parseText } });

export type SerializedFootnoteNode = { type: 'footnote'; version: number } & FieldValues<typeof footnoteDeclaration.fields>;
