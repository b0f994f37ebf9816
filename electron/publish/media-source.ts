import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { MediaCapability } from '../media/media-capability';
import { itemDir } from '../media/media-url';

/** What publishing needs of a media-library item. */
export interface PublishMediaItem {
  id: string;
  sha256: string;
  filename: string;
  format: string;
  alt: string;
  caption: string;
  credit: string;
}

export interface PublishMediaSource {
  find(id: string): PublishMediaItem | null;
  /** The original file, byte for byte: WordPress makes its own sizes from it. */
  read(item: PublishMediaItem): Promise<Uint8Array>;
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
      return readFile(path.join(dir, original));
    },
  };
}
