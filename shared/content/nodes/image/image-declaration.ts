import { declareStoryNode, parseText, type FieldValues } from '../story-node-declaration';

export const IMAGE_VERSION = 1;

/**
 * An image references a media-library item by id and carries only the story-specific words
 * around it: no URL, path or base64, so a story stays small and the image is resolved wherever
 * the story is rendered or published.
 */
export const imageDeclaration = declareStoryNode('image', IMAGE_VERSION, {
  /** Id of the media-library item; the pixels live there, never in the story JSON. */
  mediaId: { parse: parseText },
  caption: { parse: parseText, readerText: true },
  credit: { parse: parseText },
  altText: { parse: parseText },
});

export type SerializedImageNode = { type: 'image'; version: number } & FieldValues<typeof imageDeclaration.fields>;

/** What an image is created with: its media item, and any of its words. */
export type ImageFields = Pick<SerializedImageNode, 'mediaId'> & Partial<Omit<FieldValues<typeof imageDeclaration.fields>, 'mediaId'>>;
