import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm, stat, writeFile, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import sharp, { type Metadata, type OutputInfo, type Sharp, type SharpOptions } from 'sharp';
import { MEDIA_MAX_BYTES, MEDIA_MAX_PIXELS, type MediaFormat } from '../../shared/media/media-schema';
import { RENDITIONS } from '../../shared/media/renditions';
import { readEmbeddedCredits, type EmbeddedCredits } from './embedded-credits';
import { itemDir } from './media-url';
import { SNIFF_BYTES, sniffFormat } from './sniff-format';
import { errorMessage } from '../../shared/contract/result';

export interface ProcessJob {
  /** The file to import: a user's file (copied) or an upload's temp file (moved). */
  source: string;
  /** The name the editor knows the file by, used in every message. */
  name: string;
  mediaDir: string;
  moveSource: boolean;
}

export interface ProcessedImage {
  sha256: string;
  format: MediaFormat;
  width: number;
  height: number;
  byteSize: number;
  credits: EmbeddedCredits;
  /** True when the files were already in the media folder (the same bytes imported before). */
  existed: boolean;
}

/** A job cancelled before its decoding started; nothing of it remains. */
export class ImageCancelled extends Error {
  constructor(name: string) {
    super(`“${name}” was cancelled.`);
    this.name = 'ImageCancelled';
  }
}

/** A file the pipeline refuses, with a sentence naming it and saying why. */
export class ImageRefused extends Error {
  constructor(name: string, why: string) {
    super(`“${name}” was not imported: ${why}.`);
    this.name = 'ImageRefused';
  }
}

const EXTENSION: Record<MediaFormat, string> = { jpeg: 'jpg', png: 'png', webp: 'webp', gif: 'gif', avif: 'avif', tiff: 'tif' };
export const TEMP_DIR = '.tmp';

const megabytes = (n: number) => `${(n / (1024 * 1024)).toFixed(n >= 10 * 1024 * 1024 ? 0 : 1)} MB`;

/**
 * The whole import of one file: checks, sha-256, renditions, and the content-addressed folder that
 * holds them. Everything is written into a private temp folder first and renamed into place in one
 * step, so a crash or a refusal leaves no half-written item behind. Runs in the pipeline worker.
 */
export async function processImage(job: ProcessJob, signal?: AbortSignal): Promise<ProcessedImage> {
  const { name } = job;
  if (signal?.aborted) throw new ImageCancelled(name);
  let size: number;
  try {
    size = (await stat(job.source)).size;
  } catch {
    throw new ImageRefused(name, 'the file could not be read (it may have been moved or deleted)');
  }
  if (size === 0) throw new ImageRefused(name, 'it is empty (0 bytes)');
  if (size > MEDIA_MAX_BYTES) throw new ImageRefused(name, `it is ${megabytes(size)}; Presswork imports images up to ${megabytes(MEDIA_MAX_BYTES)}`);

  // The file is read once: these very bytes are sniffed, hashed (while they are read) and kept as the
  // original, and the renditions are decoded from that copy, so everything stored under a hash comes
  // from exactly the bytes it names, even if the user's file changes meanwhile.
  const { bytes, sha256 } = await readAndHash(job.source, size, name);
  const sniffed = sniffFormat(bytes.subarray(0, SNIFF_BYTES));
  if (!sniffed.ok) throw new ImageRefused(name, sniffed.why);
  const format = sniffed.format;

  const options = { limitInputPixels: MEDIA_MAX_PIXELS, autoOrient: true, failOn: 'warning', sequentialRead: true } as const;

  let meta: Metadata;
  try {
    meta = await sharp(bytes, options).metadata();
  } catch (error) {
    throw new ImageRefused(name, describeDecodeError(error));
  }
  if (meta.format === undefined || !sameFamily(meta.format, format)) throw new ImageRefused(name, 'its content does not match its image header');
  const declared = (meta.width ?? 0) * (meta.height ?? 0);
  if (!meta.width || !meta.height) throw new ImageRefused(name, 'it declares no image size');
  if (declared > MEDIA_MAX_PIXELS) {
    throw new ImageRefused(
      name,
      `it declares ${meta.width.toLocaleString('en')} × ${meta.height.toLocaleString('en')} pixels, more than the ${MEDIA_MAX_PIXELS / 1_000_000} megapixels Presswork will decode (a file this small cannot hold that many: it may be a decompression bomb)`,
    );
  }
  const width = meta.autoOrient?.width ?? meta.width;
  const height = meta.autoOrient?.height ?? meta.height;
  const credits = readEmbeddedCredits({ exif: meta.exif, iptc: meta.iptc, xmp: meta.xmp });
  const finalDir = itemDir(job.mediaDir, sha256);

  if (await exists(finalDir)) {
    if (job.moveSource) await rm(job.source, { force: true });
    return { sha256, format, width, height, byteSize: size, credits, existed: true };
  }

  const tempDir = path.join(job.mediaDir, TEMP_DIR, `item-${sha256.slice(0, 12)}-${randomBytes(6).toString('hex')}`);
  await mkdir(tempDir, { recursive: true });
  const writes = new DurableWrites();
  try {
    const original = path.join(tempDir, `original.${EXTENSION[format]}`);
    // The original is kept byte for byte: our own upload is moved into place, a user's file is
    // written from the bytes just hashed (so it cannot differ from its name). Its fsync runs while
    // the renditions are made.
    if (job.moveSource) await rename(job.source, original);
    else await writeFile(original, bytes, { flag: 'wx' });
    writes.sync(original);
    // A JPEG at least twice the largest web width is decoded at 1/2, 1/4 or 1/8 scale in the DCT
    // (libjpeg's shrink-on-load), several times cheaper than a full decode. sharp picks a factor by
    // itself only from three times the target width (a 12-megapixel photo, 4000 px across, would be
    // decoded in full), and has no option for it, so it is asked of libvips' loader through the file
    // name of our private copy (`file[shrink=2]`), which holds exactly the bytes hashed.
    const shrink = format === 'jpeg' ? jpegShrinkFor(width) : 1;
    // Every format is decoded from that copy, so the file's bytes need not stay in memory meanwhile.
    const input = shrink > 1 ? `${original}[shrink=${shrink}]` : original;
    // A cancelled batch stops here, before the costly part, for as long as this job waits for a slot.
    if (signal?.aborted) throw new ImageCancelled(name);
    const release = await encodeSlots.acquire();
    try {
      if (signal?.aborted) throw new ImageCancelled(name);
      await writeRenditions(input, options, tempDir, name, writes);
    } finally {
      release();
    }
    // Every file is written and fsynced before the folder is renamed into place.
    await writes.done();
    await mkdir(path.dirname(finalDir), { recursive: true });
    try {
      await rename(tempDir, finalDir);
    } catch (error) {
      // The same bytes finished in another job meanwhile: theirs is complete, ours is redundant.
      if (!(await exists(finalDir))) throw error;
      await rm(tempDir, { recursive: true, force: true });
      return { sha256, format, width, height, byteSize: size, credits, existed: true };
    }
  } catch (error) {
    // No write may still be landing in the folder while it is removed.
    await writes.settled();
    await rm(tempDir, { recursive: true, force: true });
    throw error;
  }
  return { sha256, format, width, height, byteSize: size, credits, existed: false };
}

/**
 * A counting semaphore. Decoding and encoding hold one of its slots; reading, hashing, writing and
 * fsyncing do not, so one image's disk work overlaps the others' pixel work.
 */
class Slots {
  private free: number;
  private readonly waiting: (() => void)[] = [];

  constructor(count: number) {
    this.free = count;
  }

  async acquire(): Promise<() => void> {
    if (this.free > 0) this.free--;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next) next();
      else this.free++;
    };
  }
}

/**
 * Images decoded and encoded at once in one worker. libvips runs each on one thread here, and sharp
 * holds a libuv thread (four per process, shared with every fs call) for each operation, so two of
 * them fill a two-core machine and leave libuv threads free for the files; the pipeline sends a
 * third image so that its reading and writing happen while these two compute.
 */
export const ENCODE_SLOTS = 2;
const encodeSlots = new Slots(ENCODE_SLOTS);

/**
 * The largest JPEG shrink-on-load factor (8, 4 or 2) whose result is still at least the largest web
 * width across (`width` is after auto-orientation; the factor applies to both axes alike), else 1.
 */
export function jpegShrinkFor(width: number): number {
  const target = RENDITIONS.w1600jpeg.width;
  let shrink = 8;
  // libjpeg rounds a scaled size up; rounding down here keeps a margin.
  while (shrink > 1 && Math.floor(width / shrink) < target) shrink /= 2;
  return shrink;
}

/**
 * Decodes once, at the largest web width, halves those pixels once for the smaller sizes, and
 * encodes every rendition from them. Raw pixels carry no metadata at all, so GPS, camera serials and
 * every other EXIF/XMP/IPTC field are absent from every rendition by construction; orientation has
 * already been applied. Each encoded file is handed to `writes` at once, so its write and fsync (on
 * libuv's threads) overlap the next encode instead of leaving the core idle.
 */
async function writeRenditions(source: string, options: SharpOptions, dir: string, name: string, writes: DurableWrites): Promise<void> {
  let large: RawImage;
  try {
    large = await sharp(source, options)
      .resize({ width: RENDITIONS.w1600jpeg.width, withoutEnlargement: true })
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true });
  } catch (error) {
    throw new ImageRefused(name, describeDecodeError(error));
  }
  const medium = await pixels(large).resize({ width: RENDITIONS.w800jpeg.width, withoutEnlargement: true }).raw().toBuffer({ resolveWithObject: true });
  const thumb = RENDITIONS.thumb.width;
  const outputs: [string, () => Sharp][] = [
    [RENDITIONS.w1600jpeg.file, () => jpeg(pixels(large))],
    [RENDITIONS.w800jpeg.file, () => jpeg(pixels(medium))],
    [RENDITIONS.thumb.file, () => webp(pixels(medium).resize({ width: thumb, height: thumb, fit: 'inside', withoutEnlargement: true }))],
  ];
  // One encoder at a time per image: two images compute at once (ENCODE_SLOTS), which already fills
  // the cores, and more in flight would only multiply the pixel buffers held in memory.
  for (const [file, pipeline] of outputs) writes.write(path.join(dir, file), await pipeline().toBuffer());
}

/**
 * Files being written and fsynced in the background. `done()` rejects with the first failure;
 * `settled()` waits for every write however it ended (before a failed item's folder is removed).
 */
class DurableWrites {
  private readonly pending: Promise<void>[] = [];

  /** Writes a new file and fsyncs it. */
  write(file: string, bytes: Buffer): void {
    this.track(writeDurably(file, bytes));
  }

  /** Fsyncs a file already written. */
  sync(file: string): void {
    this.track(syncFile(file));
  }

  async done(): Promise<void> {
    await Promise.all(this.pending);
  }

  async settled(): Promise<void> {
    await Promise.allSettled(this.pending);
  }

  private track(work: Promise<void>): void {
    // Handled here so a failure while the next rendition is encoding is not an unhandled rejection; done() reports it.
    work.catch(() => {});
    this.pending.push(work);
  }
}

type RawImage = { data: Buffer; info: OutputInfo };
const pixels = ({ data, info }: RawImage) => sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } });
// Baseline JPEG and WebP at effort 0: several times cheaper to encode than progressive/effort 4, for files a few percent larger.
const jpeg = (s: Sharp) => s.flatten({ background: '#ffffff' }).jpeg({ quality: 82, chromaSubsampling: '4:2:0', optimiseCoding: false });
const webp = (s: Sharp) => s.webp({ quality: 80, effort: 0 });

async function writeDurably(file: string, bytes: Buffer): Promise<void> {
  const handle = await open(file, 'wx');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function syncFile(file: string): Promise<void> {
  // Opened for writing: Windows refuses to flush a read-only handle.
  const handle = await open(file, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Reads the whole file (its size already checked) and hashes each chunk as it arrives. */
async function readAndHash(file: string, size: number, name: string): Promise<{ bytes: Buffer; sha256: string }> {
  const hash = createHash('sha256');
  const bytes = Buffer.allocUnsafe(size);
  let handle: FileHandle;
  try {
    handle = await open(file, 'r');
  } catch {
    throw new ImageRefused(name, 'the file could not be read (it may have been moved or deleted)');
  }
  try {
    let offset = 0;
    while (offset < size) {
      const { bytesRead } = await handle.read(bytes, offset, Math.min(READ_CHUNK, size - offset), offset);
      if (bytesRead === 0) throw new ImageRefused(name, 'the file changed while it was being read; import it again');
      hash.update(bytes.subarray(offset, offset + bytesRead));
      offset += bytesRead;
    }
  } finally {
    await handle.close();
  }
  return { bytes, sha256: hash.digest('hex') };
}

const READ_CHUNK = 1024 * 1024;

async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}

function sameFamily(decoder: string, sniffed: MediaFormat): boolean {
  return decoder === sniffed || (sniffed === 'avif' && decoder === 'heif');
}

function describeDecodeError(error: unknown): string {
  const text = errorMessage(error);
  if (/pixel limit/i.test(text)) return `it has more than the ${MEDIA_MAX_PIXELS / 1_000_000} megapixels Presswork will decode (it may be a decompression bomb)`;
  if (/premature end|truncated|end of (?:file|data|stream)|unexpected end|short read|read error|out of data/i.test(text)) {
    return 'the image data is truncated (the file is incomplete; copy it again from its source)';
  }
  return 'the image data is damaged and could not be decoded';
}
