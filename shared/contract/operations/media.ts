import { z } from 'zod';
import {
  BatchId,
  ImportFileOutcome,
  ListMediaInput,
  MediaDetails,
  MediaId,
  MediaItem,
  MediaPage,
  MediaUsage,
  StartImportInput,
  StartImportResult,
  TEXT_FIELD_MAX,
  UploadChunkInput,
} from '../../media/media-schema';
import { operation } from '../operation';

/** An opaque grant for a file the user chose in the native dialog; never a path. */
const FileToken = z.string().regex(/^[0-9a-f]{32}$/, 'A file must come from Presswork’s file dialog.');

export const mediaOperations = {
  /** One page of the library, newest first, filtered and searched (filename, caption, credit, alt text). */
  listMedia: operation(ListMediaInput, MediaPage),
  /** Items by id (unknown ids are left out): for image nodes, the featured image and the alt-text check. */
  getMediaItems: operation(z.object({ ids: z.array(MediaId).max(500) }).strict(), z.array(MediaItem)),
  updateMedia: operation(z.object({ id: MediaId, details: MediaDetails }).strict(), MediaItem),
  /**
   * Writes an item's alt text only while the library still holds `replacing` (answering the item
   * as it is either way): a story's image card fills in or keeps up the library's description,
   * never overwriting one written meanwhile elsewhere.
   */
  setMediaAlt: operation(
    z
      .object({
        id: MediaId,
        alt: MediaDetails.shape.alt.refine((alt) => alt.trim() !== '', 'Empty alt text is never written to the library from a story.'),
        replacing: z.string().max(TEXT_FIELD_MAX),
      })
      .strict(),
    MediaItem,
  ),
  /** The stories that use an item, in the body or as featured image. */
  mediaUsage: operation(z.object({ id: MediaId }).strict(), z.array(MediaUsage)),
  /** Refused, naming the stories, when a story uses the item. */
  trashMedia: operation(z.object({ id: MediaId }).strict(), MediaItem),
  restoreMedia: operation(z.object({ id: MediaId }).strict(), MediaItem),
  emptyMediaTrash: operation(z.object({}).strict(), z.object({ deleted: z.number().int(), kept: z.number().int() })),
  /**
   * Import from the renderer's File objects: declare the batch, then send each file in order in
   * base64 chunks of at most MEDIA_CHUNK_BYTES; a file is processed once its last chunk arrives.
   * Progress comes as `mediaImportProgress` events.
   */
  startMediaImport: operation(StartImportInput, StartImportResult),
  uploadMediaChunk: operation(UploadChunkInput, ImportFileOutcome),
  /** Import files the user chose in the native open dialog, by the tokens the shell handed out for them. */
  importMediaFiles: operation(z.object({ tokens: z.array(FileToken).min(1).max(1000) }).strict(), StartImportResult),
  /** Cancels what has not started yet; the file being processed finishes. */
  cancelMediaImport: operation(z.object({ batchId: BatchId }).strict(), z.array(ImportFileOutcome)),
} as const;
