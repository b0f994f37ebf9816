import type { MediaFormat } from '../../shared/media/media-schema';

export type Sniffed = { ok: true; format: MediaFormat } | { ok: false; why: string };

/** Bytes needed to recognise every format below (an ISO-BMFF `ftyp` box can list several brands). */
export const SNIFF_BYTES = 64;

const ascii = (bytes: Uint8Array, start: number, end: number): string => String.fromCharCode(...bytes.subarray(start, end));
const startsWith = (bytes: Uint8Array, sig: readonly number[]): boolean => sig.every((b, i) => bytes[i] === b);

const ACCEPTED = 'Presswork imports JPEG, PNG, WebP, GIF, AVIF and TIFF';

/**
 * Identifies an image by its first bytes. Extensions lie (a renamed text file, a HEIC saved as .jpg);
 * magic numbers do not, and they decide which decoder sharp is allowed to reach.
 */
export function sniffFormat(head: Uint8Array): Sniffed {
  if (head.length === 0) return { ok: false, why: 'it is empty (0 bytes)' };
  if (startsWith(head, [0xff, 0xd8, 0xff])) return { ok: true, format: 'jpeg' };
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { ok: true, format: 'png' };
  if (ascii(head, 0, 6) === 'GIF87a' || ascii(head, 0, 6) === 'GIF89a') return { ok: true, format: 'gif' };
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return { ok: true, format: 'webp' };
  if (startsWith(head, [0x49, 0x49, 0x2a, 0x00]) || startsWith(head, [0x4d, 0x4d, 0x00, 0x2a])) return { ok: true, format: 'tiff' };
  if (ascii(head, 4, 8) === 'ftyp') {
    const size = Math.min(((head[0]! << 24) | (head[1]! << 16) | (head[2]! << 8) | head[3]!) >>> 0, head.length);
    const brands = [ascii(head, 8, 12)];
    for (let at = 16; at + 4 <= size; at += 4) brands.push(ascii(head, at, at + 4));
    if (brands.includes('avif') || brands.includes('avis')) return { ok: true, format: 'avif' };
    if (brands.some((b) => ['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1'].includes(b))) {
      return { ok: false, why: `it is a HEIC/HEIF photo, which Presswork does not import; export it as JPEG first (${ACCEPTED})` };
    }
    return { ok: false, why: `it is a video or other container, not an image (${ACCEPTED})` };
  }
  if (ascii(head, 0, 5) === '%PDF-') return { ok: false, why: `it is a PDF document, not an image (${ACCEPTED})` };
  const text = new TextDecoder('utf-8', { fatal: false }).decode(head).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (text.startsWith('<svg') || (text.startsWith('<?xml') && text.includes('<svg')) || text.startsWith('<!doctype svg')) {
    return { ok: false, why: `it is an SVG drawing, which can carry scripts and is not imported (${ACCEPTED})` };
  }
  if (ascii(head, 0, 2) === 'BM') return { ok: false, why: `it is a BMP bitmap; save it as PNG or JPEG first (${ACCEPTED})` };
  if (looksLikeText(head)) return { ok: false, why: `its content is text, not an image, whatever its name says (${ACCEPTED})` };
  return { ok: false, why: `its content is not an image format Presswork reads (${ACCEPTED})` };
}

function looksLikeText(head: Uint8Array): boolean {
  let printable = 0;
  for (const b of head) if (b === 0x09 || b === 0x0a || b === 0x0d || (b >= 0x20 && b < 0x7f) || b >= 0x80) printable++;
  return !head.includes(0) && printable === head.length;
}
