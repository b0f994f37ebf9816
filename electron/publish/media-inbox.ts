import { randomUUID } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { TEXT_FIELD_MAX } from '../../shared/media/media-schema';
import type { MediaCapability } from '../media/media-capability';
import { TEMP_DIR } from '../media/process-image';

export interface InboxItem {
  id: string;
  sha256: string;
}

export type InboxOutcome = ({ ok: true } & InboxItem) | { ok: false; message: string };

/** Words about an image found on a site, offered to the library item that has none of its own. */
export interface SiteImageDetails {
  alt: string;
  caption: string;
  credit: string;
}

/** The media library seen from site sync: images come in through the same pipeline as the editor's imports. */
export interface MediaInbox {
  /** The live (not trashed) item holding these bytes, if any. */
  bySha(sha256: string): InboxItem | null;
  /** Imports downloaded bytes; the same bytes already in the library answer the existing item. */
  importBytes(filename: string, bytes: Uint8Array): Promise<InboxOutcome>;
  /** Fills in alt text, caption and credit where the item has none; the editor's own words are never replaced. */
  prefill(id: string, details: SiteImageDetails): void;
}

export function mediaLibraryInbox(media: Pick<MediaCapability, 'store' | 'importer' | 'mediaDir'>): MediaInbox {
  return {
    bySha(sha256) {
      const item = media.store.findBySha(sha256);
      return item && item.trashedAt === null ? { id: item.id, sha256: item.sha256 } : null;
    },

    async importBytes(filename, bytes) {
      // Inside the media folder's temp area, which a crash leaves to the importer's sweep at the next start.
      const dir = path.join(media.mediaDir, TEMP_DIR, `pull-${randomUUID()}`);
      const file = path.join(dir, filename);
      try {
        await mkdir(dir, { recursive: true });
        await writeFile(file, bytes);
        const { batchId } = await media.importer.importPaths([file]);
        const [outcome] = await media.importer.settled(batchId);
        if (!outcome?.mediaId) return { ok: false, message: outcome?.message ?? `“${filename}” was not imported.` };
        const item = media.store.get(outcome.mediaId);
        return { ok: true, id: item.id, sha256: item.sha256 };
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },

    prefill(id, details) {
      const item = media.store.get(id);
      const pick = (own: string, theirs: string) => (own.trim() !== '' ? own : theirs.trim().slice(0, TEXT_FIELD_MAX));
      const next = { alt: pick(item.alt, details.alt), caption: pick(item.caption, details.caption), credit: pick(item.credit, details.credit) };
      if (next.alt === item.alt && next.caption === item.caption && next.credit === item.credit) return;
      media.store.updateDetails(id, { ...next, source: item.source, licence: item.licence, focalX: item.focalX, focalY: item.focalY });
    },
  };
}
