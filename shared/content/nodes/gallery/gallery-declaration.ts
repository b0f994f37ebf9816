import { imageDeclaration, parseShortcodeAttributes, type SerializedImageNode } from '../image/image-declaration';
import { parsePublishedCaption } from '../published-caption';
import { declareStoryNode, parseText, type FieldValues } from '../story-node-declaration';

export const GALLERY_VERSION = 1;

/** A gallery holds at most this many images: a walk over saved JSON stays bounded. */
export const GALLERY_MAX_IMAGES = 500;

/**
 * One image of a gallery: an image node's fields (media item or external src, caption, alt,
 * link…), plus what a 5.x gallery wrote on each `<img>` (`data-full-url`, `data-link`).
 */
export type GalleryImage = SerializedImageNode & { fullUrl: string; attachmentLink: string };

export function parseGalleryImages(json: unknown): GalleryImage[] {
  if (!Array.isArray(json)) return [];
  return json
    .filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null && !Array.isArray(item))
    .slice(0, GALLERY_MAX_IMAGES)
    .map((item) => galleryImage(item));
}

/** A gallery image from (possibly partial) JSON, every field at its default where missing. */
export function galleryImage(item: Record<string, unknown>): GalleryImage {
  const { fullUrl, attachmentLink, ...image } = item;
  return {
    ...(imageDeclaration.json(imageDeclaration.read(imageDeclaration.upgrade({ ...image, type: 'image' }))) as SerializedImageNode),
    fullUrl: typeof fullUrl === 'string' ? fullUrl : '',
    attachmentLink: typeof attachmentLink === 'string' ? attachmentLink : '',
  };
}

/**
 * How the gallery was written: `nested` is 6.1's core/gallery holding core/image blocks, `list`
 * 5.x's `<ul class="blocks-gallery-grid">` with an `ids` attribute, `shortcode` classic content's
 * `[gallery ids="…"]`. A gallery made in Presswork is nested.
 */
export const GALLERY_FORMS = ['nested', 'list', 'shortcode'] as const;
export type GalleryForm = (typeof GALLERY_FORMS)[number];

const parseColumns = (json: unknown): number | null => (typeof json === 'number' && Number.isInteger(json) && json >= 1 && json <= 8 ? json : null);
const parseTrue = (json: unknown): boolean => json !== false;
const parseFlag = (json: unknown): boolean => json === true;

/** A gallery: its images in order, its layout and its caption, as the site's gallery block keeps them. */
export const galleryDeclaration = declareStoryNode('gallery', GALLERY_VERSION, {
  images: {
    parse: parseGalleryImages,
    // Each image's caption is read by readers, as the gallery's own caption is.
    readerText: (images: GalleryImage[]) =>
      images
        .map((image) => image.caption)
        .filter((caption) => caption !== '')
        .join('\n'),
  },
  caption: { parse: parseText, readerText: true },
  publishedCaption: { parse: parsePublishedCaption },
  /** Columns chosen on the site; null for WordPress's default (`columns-default`). */
  columns: { parse: parseColumns },
  imageCrop: { parse: parseTrue },
  fixedHeight: { parse: parseTrue },
  linkTo: { parse: parseText },
  linkTarget: { parse: parseText },
  /** The images' size name; empty for WordPress's default (large). */
  sizeSlug: { parse: parseText },
  align: { parse: parseText },
  className: { parse: parseText },
  anchor: { parse: parseText },
  form: { parse: (json: unknown): GalleryForm => ((GALLERY_FORMS as readonly unknown[]).includes(json) ? (json as GalleryForm) : 'nested') },
  /** The block carried its `ids` attribute (5.x, and 6.x galleries converted from it). */
  writeIds: { parse: parseFlag },
  /** Classic form: the `[gallery]` shortcode's attributes in the order written (its `ids` follow the images). */
  shortcode: { parse: parseShortcodeAttributes },
});

export type SerializedGalleryNode = { type: 'gallery'; version: number } & FieldValues<typeof galleryDeclaration.fields>;
export type GalleryFields = Partial<FieldValues<typeof galleryDeclaration.fields>>;
