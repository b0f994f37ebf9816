/**
 * The files made for every library item, by name. The name is also the last segment of the item's
 * URL, so this list is the whole of what the app serves from the media folder.
 */
export const RENDITIONS = {
  thumb: { file: 'thumb.webp', width: 320, format: 'webp' },
  w800jpeg: { file: 'w800.jpg', width: 800, format: 'jpeg' },
  w800webp: { file: 'w800.webp', width: 800, format: 'webp' },
  w1600jpeg: { file: 'w1600.jpg', width: 1600, format: 'jpeg' },
  w1600webp: { file: 'w1600.webp', width: 1600, format: 'webp' },
} as const;

export type RenditionName = keyof typeof RENDITIONS;
export const RENDITION_NAMES = Object.keys(RENDITIONS) as RenditionName[];
export const RENDITION_FILES: readonly string[] = RENDITION_NAMES.map((n) => RENDITIONS[n].file);

/** The URL path prefix under which the app's own origin serves renditions. */
export const MEDIA_URL_PREFIX = '/media/';

/** Where the renderer loads a rendition from: the app's own origin, never file://. */
export const mediaUrl = (sha256: string, rendition: RenditionName): string => `${MEDIA_URL_PREFIX}${sha256}/${RENDITIONS[rendition].file}`;
