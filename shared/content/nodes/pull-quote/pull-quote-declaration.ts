import { declareStoryNode, parseText, type FieldValues } from '../story-node-declaration';

export const PULL_QUOTE_VERSION = 1;

/**
 * A pull quote: a short passage lifted from the story, with an optional citation (who said it).
 * Plain text on purpose: a pull quote is display type, not prose, and WordPress's pullquote
 * block carries it as a single paragraph.
 */
export const pullQuoteDeclaration = declareStoryNode('pull-quote', PULL_QUOTE_VERSION, {
  text: { parse: parseText, readerText: true },
  citation: { parse: parseText, readerText: true },
});

export type SerializedPullQuoteNode = { type: 'pull-quote'; version: number } & FieldValues<typeof pullQuoteDeclaration.fields>;
