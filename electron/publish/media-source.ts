import { readdir, readFile } from 'node:fs/promises';
import type { MediaFormat } from '../../shared/media/media-schema';
import path from 'node:path';
import type { MediaCapability } from '../media/media-capability';
import { itemDir } from '../media/media-url';
import { siteCopy, type SiteFormat } from '../media/site-copy';

/** What publishing needs of a media-library item. */
export interface PublishMediaItem {
  id: string;
  sha256: string;
  filename: string;
  format: MediaFormat;
  alt: string;
  caption: string;
  credit: string;
}

export interface PublishMediaSource {
  find(id: string): PublishMediaItem | null;
  /**
   * What is uploaded for the item: its site copy (see siteCopy), never the original, which keeps
   * GPS and camera data. WordPress makes its own sizes from it.
   */
  read(item: PublishMediaItem): Promise<{ bytes: Uint8Array; format: SiteFormat }>;
}

export const MIME_TYPES: Record<string, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  avif: 'image/avif',
  tiff: 'image/tiff',
};

/** The media library (helper capability `electron/media/`) seen from publishing. */
export function mediaLibrarySource(media: Pick<MediaCapability, 'store' | 'mediaDir'>): PublishMediaSource {
  return {
    find(id) {
      let item;
      try {
        item = media.store.get(id);
      } catch {
        return null;
      }
      if (item.trashedAt !== null) return null;
      return { id: item.id, sha256: item.sha256, filename: item.filename, format: item.format, alt: item.alt, caption: item.caption, credit: item.credit };
    },
    async read(item) {
      const dir = itemDir(media.mediaDir, item.sha256);
      const original = (await readdir(dir)).find((name) => name.startsWith('original.'));
      if (!original) throw new Error(`media ${item.id}: no original file in ${dir}`);
      return siteCopy(await readFile(path.join(dir, original)), item.format);
    },
  };
}
