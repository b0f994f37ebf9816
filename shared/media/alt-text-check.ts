import { mediaReferences } from './media-references';

export interface MissingAltText {
  mediaId: string;
  where: 'body' | 'featured';
  /** The library's filename for the item, so the checklist can name it; null when the item is not in the library. */
  filename: string | null;
}

/** The little the check needs to know about a library item. */
export interface AltTextSource {
  alt: string;
  filename: string;
}

/**
 * The images of a story that lack alt text, for the publishing checklist: each image node in the
 * body and the featured image. An image has alt text when its node carries some or its library
 * item does. Pure: the caller looks items up (e.g. with the `getMediaItems` operation).
 */
export function imagesMissingAltText(
  story: { body: unknown; featuredImageId?: string | null },
  lookup: (mediaId: string) => AltTextSource | undefined,
): MissingAltText[] {
  const missing: MissingAltText[] = [];
  const seen = new Set<string>();
  const consider = (mediaId: string, nodeAlt: string | null, where: MissingAltText['where']) => {
    const item = lookup(mediaId);
    const alt = nodeAlt !== null && nodeAlt.trim() !== '' ? nodeAlt : (item?.alt ?? '');
    const key = `${where}:${mediaId}`;
    if (alt.trim() === '' && !seen.has(key)) {
      seen.add(key);
      missing.push({ mediaId, where, filename: item?.filename ?? null });
    }
  };
  for (const ref of mediaReferences(story.body)) consider(ref.mediaId, ref.nodeAlt, 'body');
  if (story.featuredImageId) consider(story.featuredImageId, null, 'featured');
  return missing;
}

/** All media ids a story uses, body first, then the featured image; for bulk lookups. */
export function storyMediaIds(story: { body: unknown; featuredImageId?: string | null }): string[] {
  const ids = new Set(mediaReferences(story.body).map((r) => r.mediaId));
  if (story.featuredImageId) ids.add(story.featuredImageId);
  return [...ids];
}
