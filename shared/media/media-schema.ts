import { z } from 'zod';

export const MediaId = z.string().uuid();
export const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);

/** Formats the library accepts, identified by their bytes, never by a file's extension. */
export const MEDIA_FORMATS = ['jpeg', 'png', 'webp', 'gif', 'avif', 'tiff'] as const;
export const MediaFormat = z.enum(MEDIA_FORMATS);
export type MediaFormat = z.infer<typeof MediaFormat>;

/** Larger files are refused before a byte is processed: they would stall the batch and rarely belong on a website. */
export const MEDIA_MAX_BYTES = 64 * 1024 * 1024;
/** A decoded image above this is refused (a decompression bomb declares far more than it carries). */
export const MEDIA_MAX_PIXELS = 100_000_000;
/** Upload chunk size in decoded bytes; base64 makes a frame a third larger, well under the socket's limit. */
export const MEDIA_CHUNK_BYTES = 4 * 1024 * 1024;

export const TEXT_FIELD_MAX = 2000;

const text = (label: string) => z.string().max(TEXT_FIELD_MAX, `${label} is at most ${TEXT_FIELD_MAX} characters.`);

/** What an editor writes about an image; everything else about it comes from the file. */
export const MediaDetails = z.object({
  alt: text('Alt text'),
  caption: text('A caption'),
  credit: text('A credit'),
  source: text('A source'),
  licence: text('A licence'),
  /** Focal point as fractions of width and height, from the top left; crops keep it in frame. */
  focalX: z.number().min(0).max(1),
  focalY: z.number().min(0).max(1),
});
export type MediaDetails = z.infer<typeof MediaDetails>;

export const MediaItem = MediaDetails.extend({
  id: MediaId,
  sha256: Sha256,
  filename: z.string(),
  format: MediaFormat,
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  byteSize: z.number().int().nonnegative(),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
  trashedAt: z.number().int().nullable(),
  /** How many stories use the item (in the body or as featured image). */
  usageCount: z.number().int().nonnegative(),
});
export type MediaItem = z.infer<typeof MediaItem>;

export const MEDIA_FILTERS = ['all', 'unused', 'missingAlt', 'today', 'trash'] as const;
export const MediaFilter = z.enum(MEDIA_FILTERS);
export type MediaFilter = z.infer<typeof MediaFilter>;

export const ListMediaInput = z
  .object({
    query: z.string().max(200).default(''),
    filter: MediaFilter.default('all'),
    /** Start of the editor's local day, for the "imported today" filter; the core does not know the desk's time zone. */
    todayStart: z.number().int().default(0),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(120),
  })
  .strict();
export type ListMediaInput = z.infer<typeof ListMediaInput>;

export const MediaPage = z.object({ total: z.number().int().nonnegative(), items: z.array(MediaItem) });
export type MediaPage = z.infer<typeof MediaPage>;

export const MediaUsage = z.object({ storyId: z.string(), headline: z.string(), role: z.enum(['body', 'featured']) });
export type MediaUsage = z.infer<typeof MediaUsage>;

/** What became of one file of an import batch. */
export const IMPORT_STATES = ['queued', 'uploading', 'processing', 'imported', 'duplicate', 'failed', 'cancelled'] as const;
export const ImportState = z.enum(IMPORT_STATES);
export type ImportState = z.infer<typeof ImportState>;

export const isFinalImportState = (s: ImportState): boolean =>
  s === 'imported' || s === 'duplicate' || s === 'failed' || s === 'cancelled';

export const FileName = z.string().trim().min(1).max(255);

export const BatchId = z.string().uuid();

export const ImportFileOutcome = z.object({
  index: z.number().int().nonnegative(),
  name: z.string(),
  state: ImportState,
  /** Why a file failed, naming it; absent otherwise. */
  message: z.string().optional(),
  mediaId: MediaId.optional(),
});
export type ImportFileOutcome = z.infer<typeof ImportFileOutcome>;

export const StartImportInput = z
  .object({
    files: z
      .array(z.object({ name: FileName, size: z.number().int().nonnegative() }).strict())
      .min(1, 'Choose at least one file to import.')
      .max(1000, 'Import at most 1,000 files at a time.'),
  })
  .strict();

export const StartImportResult = z.object({ batchId: BatchId, files: z.array(ImportFileOutcome) });

export const UploadChunkInput = z
  .object({
    batchId: BatchId,
    index: z.number().int().nonnegative(),
    offset: z.number().int().nonnegative(),
    /** Base64, so the same payload travels over Electron IPC and the harness's JSON socket. */
    data: z.string().max(Math.ceil(MEDIA_CHUNK_BYTES / 3) * 4 + 4).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'A chunk must be base64.'),
  })
  .strict();

export const ImportProgress = z.object({
  batchId: BatchId,
  file: ImportFileOutcome,
  completed: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});
export type ImportProgress = z.infer<typeof ImportProgress>;
