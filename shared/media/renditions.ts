/**
 * The files made for every library item, by name. The name is also the last segment of the item's
 * URL, so this list is the whole of what the app serves from the media folder.
 *
 * Web sizes are JPEG only. WebP copies of them were made until nothing turned out to read them: the
 * app shows the thumbnail and w800, and publishing uploads its own site copy of the original, from
 * which WordPress makes the site's sizes. They cost two fifths of an import's CPU.
 */
export const RENDITIONS = {
  thumb: { file: 'thumb.webp', width: 320, format: 'webp' },
  w800jpeg: { file: 'w800.jpg', width: 800, format: 'jpeg' },
  w1600jpeg: { file: 'w1600.jpg', width: 1600, format: 'jpeg' },
} as const;

export type RenditionName = keyof typeof RENDITIONS;
export const RENDITION_NAMES = Object.keys(RENDITIONS) as RenditionName[];
export const RENDITION_FILES: readonly string[] = RENDITION_NAMES.map((n) => RENDITIONS[n].file);

/** The URL path prefix under which the app's own origin serves renditions. */
export const MEDIA_URL_PREFIX = '/media/';

/** Where the renderer loads a rendition from: the app's own origin, never file://. */
export const mediaUrl = (sha256: string, rendition: RenditionName): string => `${MEDIA_URL_PREFIX}${sha256}/${RENDITIONS[rendition].file}`;
