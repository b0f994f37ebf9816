import { declareStoryNode, parseText, type FieldValues } from '../story-node-declaration';

export const MORE_VERSION = 1;

/**
 * WordPress's "more" break: where the teaser on the home page and archives ends. `customText` is
 * the link's wording ("Read more" when empty); `noTeaser` hides the teaser on the post's own page.
 */
export const moreDeclaration = declareStoryNode('more', MORE_VERSION, {
  customText: { parse: parseText },
  noTeaser: { parse: (json: unknown): boolean => json === true },
});

export type SerializedMoreNode = { type: 'more'; version: number } & FieldValues<typeof moreDeclaration.fields>;
