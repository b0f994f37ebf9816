import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { copyFile, mkdir, open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import sharp, { type Metadata, type OutputInfo, type Sharp, type SharpOptions } from 'sharp';
import { MEDIA_MAX_BYTES, MEDIA_MAX_PIXELS, type MediaFormat } from '../../shared/media/media-schema';
import { RENDITIONS } from '../../shared/media/renditions';
import { readEmbeddedCredits, type EmbeddedCredits } from './embedded-credits';
import { itemDir } from './media-url';
import { SNIFF_BYTES, sniffFormat } from './sniff-format';

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
export async function processImage(job: ProcessJob): Promise<ProcessedImage> {
  const { name } = job;
  let size: number;
  try {
    size = (await stat(job.source)).size;
  } catch {
    throw new ImageRefused(name, 'the file could not be read (it may have been moved or deleted)');
  }
  if (size === 0) throw new ImageRefused(name, 'it is empty (0 bytes)');
  if (size > MEDIA_MAX_BYTES) throw new ImageRefused(name, `it is ${megabytes(size)}; Presswork imports images up to ${megabytes(MEDIA_MAX_BYTES)}`);

  const sniffed = sniffFormat(await readHead(job.source));
  if (!sniffed.ok) throw new ImageRefused(name, sniffed.why);
  const format = sniffed.format;

  const sha256 = await hashFile(job.source);
  const options = { limitInputPixels: MEDIA_MAX_PIXELS, autoOrient: true, failOn: 'warning', sequentialRead: true } as const;

  let meta: Metadata;
  try {
    meta = await sharp(job.source, options).metadata();
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
  try {
    await writeRenditions(job.source, options, tempDir, name);
    const original = path.join(tempDir, `original.${EXTENSION[format]}`);
    // The original is kept byte for byte: moved when it is our own upload, copied otherwise.
    if (job.moveSource) await rename(job.source, original);
    else await copyFile(job.source, original);
    await syncFile(original);
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
    await rm(tempDir, { recursive: true, force: true });
    throw error;
  }
  return { sha256, format, width, height, byteSize: size, credits, existed: false };
}

/**
 * Decodes once, at the largest web width (JPEG shrink-on-load makes that far cheaper than a full
 * decode), halves those pixels once for the smaller sizes, and encodes every rendition from them.
 * Raw pixels carry no metadata at all, so GPS, camera serials and every other EXIF/XMP/IPTC field
 * are absent from every rendition by construction; orientation has already been applied.
 */
async function writeRenditions(source: string, options: SharpOptions, dir: string, name: string): Promise<void> {
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
  const outputs: [string, Sharp][] = [
    [RENDITIONS.w1600jpeg.file, jpeg(pixels(large))],
    [RENDITIONS.w1600webp.file, webp(pixels(large))],
    [RENDITIONS.w800jpeg.file, jpeg(pixels(medium))],
    [RENDITIONS.w800webp.file, webp(pixels(medium))],
    [RENDITIONS.thumb.file, webp(pixels(medium).resize({ width: thumb, height: thumb, fit: 'inside', withoutEnlargement: true }))],
  ];
  // One encoder at a time per image: the pipeline runs two images at once, which already fills the
  // cores, and more in flight only multiplies the pixel buffers held in memory.
  for (const [file, pipeline] of outputs) await writeDurably(path.join(dir, file), await pipeline.toBuffer());
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
  const handle = await open(file, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function readHead(file: string): Promise<Uint8Array> {
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(head, 0, SNIFF_BYTES, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

function hashFile(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(file, { highWaterMark: 1024 * 1024 })
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

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
  const text = error instanceof Error ? error.message : String(error);
  if (/pixel limit/i.test(text)) return `it has more than the ${MEDIA_MAX_PIXELS / 1_000_000} megapixels Presswork will decode (it may be a decompression bomb)`;
  if (/premature end|truncated|end of (?:file|data|stream)|unexpected end|short read|read error|out of data/i.test(text)) {
    return 'the image data is truncated (the file is incomplete; copy it again from its source)';
  }
  return 'the image data is damaged and could not be decoded';
}
