import { isAllowedLinkUrl } from '../../link-policy';
import type { Migration } from '../node-version';
import { parsePublishedCaption } from '../published-caption';
import { declareStoryNode, parseText, type FieldValues } from '../story-node-declaration';

export const IMAGE_VERSION = 2;

/** Reads a whole positive number (a width, a height); null when there is none. */
export function parseDimension(json: unknown): number | null {
  return typeof json === 'number' && Number.isInteger(json) && json > 0 ? json : null;
}

/**
 * An address a site's image or its link may hold: an allowed link (http, https, mailto, tel,
 * #anchor) or a relative one (`/wp-content/…`, `//cdn…`), never another scheme (`javascript:`,
 * `data:`), nor control characters. Anything else reads as empty.
 */
export function isSiteUrl(url: string): boolean {
  if (url === '' || url.length > 2048 || [...url].some(isInvisible)) return false;
  if (isAllowedLinkUrl(url)) return true;
  return !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.includes('\\');
}
// Spaces and control or invisible characters, which a browser may skip when it reads a scheme.
function isInvisible(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return code <= 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0xad || (code >= 0x200b && code <= 0x200f) || code === 0x2028 || code === 0x2029 || code === 0xfeff;
}
export const parseSiteUrl = (json: unknown): string => (typeof json === 'string' && isSiteUrl(json) ? json : '');

export const IMAGE_ALIGNS = ['left', 'right', 'center', 'wide', 'full'] as const;
export type ImageAlign = (typeof IMAGE_ALIGNS)[number] | '';
const parseAlign = (json: unknown): ImageAlign => ((IMAGE_ALIGNS as readonly unknown[]).includes(json) ? (json as ImageAlign) : '');

export const IMAGE_LINK_DESTINATIONS = ['none', 'media', 'attachment', 'custom'] as const;
export type ImageLinkDestination = (typeof IMAGE_LINK_DESTINATIONS)[number] | '';
const parseLinkDestination = (json: unknown): ImageLinkDestination =>
  (IMAGE_LINK_DESTINATIONS as readonly unknown[]).includes(json) ? (json as ImageLinkDestination) : '';

/**
 * How the image was written where it came from: `block` is core/image as 6.1 saves it,
 * `block-div` the older `<div class="wp-block-image"><figure class="alignleft">` of aligned
 * images, `classic` an `<img>` (in a `[caption]` shortcode when captioned) in classic content.
 */
export const IMAGE_FORMS = ['block', 'block-div', 'classic'] as const;
export type ImageForm = (typeof IMAGE_FORMS)[number];
const parseForm = (json: unknown): ImageForm => ((IMAGE_FORMS as readonly unknown[]).includes(json) ? (json as ImageForm) : 'block');

/** A `[caption]` shortcode's own attributes, in the order it wrote them (id, align, width…). */
export function parseShortcodeAttributes(json: unknown): Record<string, string> | null {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return null;
  const entries = Object.entries(json as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string');
  return Object.fromEntries(entries);
}

// Version 1 knew only the media item and its words: it was always written as a large, unlinked image.
const migrations: Record<number, Migration> = {
  1: (older) => ({ ...older, sizeSlug: 'large', linkDestination: 'none' }),
};

/**
 * An image references a media-library item by id, carries the story-specific words around it,
 * and keeps how the site published it (its `src`, size, alignment, link, caption markup) so an
 * image nobody touched goes back exactly as it came. A new image has no `src`: it is resolved
 * from the media library wherever the story is published. An *external* image (a wire photo
 * hotlinked from another site, a classic `<img>` without an attachment) has no media item, only
 * its `src`; it is published back with that `src` and the checklist points it out.
 */
export const imageDeclaration = declareStoryNode(
  'image',
  IMAGE_VERSION,
  {
    /** Id of the media-library item (or `wp-attachment:N` until pulled); empty for an external image. */
    mediaId: { parse: parseText },
    caption: { parse: parseText, readerText: true },
    credit: { parse: parseText },
    altText: { parse: parseText },
    /** The URL the site published; empty for an image placed in Presswork, which takes its library URL. */
    src: { parse: parseSiteUrl },
    /** WordPress's size name (`large`, `medium`, `full`…); empty when the block names none. */
    sizeSlug: { parse: parseText },
    align: { parse: parseAlign },
    width: { parse: parseDimension },
    height: { parse: parseDimension },
    linkDestination: { parse: parseLinkDestination },
    href: { parse: parseSiteUrl },
    linkTarget: { parse: parseText },
    rel: { parse: parseText },
    linkClass: { parse: parseText },
    /** Classes the block carries besides its own (`is-style-rounded`). */
    className: { parse: parseText },
    /** The figure's `id` (an anchor). */
    anchor: { parse: parseText },
    title: { parse: parseText },
    publishedCaption: { parse: parsePublishedCaption },
    /** The figcaption had no class: written before 6.1 added `wp-element-caption`. */
    legacyCaption: { parse: (json: unknown): boolean => json === true },
    form: { parse: parseForm },
    /** Classic form: the `<img>`'s class attribute exactly as written (`alignright size-medium wp-image-7`). */
    imgClass: { parse: parseText },
    /** Classic form: the `[caption]` shortcode's attributes, when it had one. */
    shortcode: { parse: parseShortcodeAttributes },
  },
  { migrations },
);

export type ImageFieldValues = FieldValues<typeof imageDeclaration.fields>;
export type SerializedImageNode = { type: 'image'; version: number } & ImageFieldValues;

/** What an image is created with: its media item (or external src), and any of its words and settings. */
export type ImageFields = Pick<SerializedImageNode, 'mediaId'> & Partial<Omit<ImageFieldValues, 'mediaId'>>;

/** An image shown from another site, not from the media library. */
export function isExternalImage(fields: { mediaId?: unknown; src?: unknown }): boolean {
  return (typeof fields.mediaId !== 'string' || fields.mediaId === '') && typeof fields.src === 'string' && fields.src !== '';
}
