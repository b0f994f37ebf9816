import { writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { crc32, deflateSync } from 'node:zlib';

/** GPS, camera and credit fields as a camera or a photo desk would write them. */
export const GPS_EXIF = {
  IFD0: { Make: 'Canon', Model: 'EOS R5', Artist: 'Exif Artist', Copyright: '(c) Exif Copyright', ImageDescription: 'Exif caption' },
  IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 3230/100', GPSLongitudeRef: 'W', GPSLongitude: '0/1 7/1 4366/100' },
};

/** A photo-like JPEG (noise compresses like detail does) carrying EXIF with GPS. */
export async function photoJpeg(options: { width?: number; height?: number; orientation?: number; seed?: number } = {}): Promise<Buffer> {
  const width = options.width ?? 1200;
  const height = options.height ?? 800;
  let image = sharp({
    create: { width, height, channels: 3, background: { r: 40 + (options.seed ?? 0), g: 120, b: 90 }, noise: { type: 'gaussian', mean: 128, sigma: 40 } },
  }).withExif(GPS_EXIF);
  if (options.orientation) image = image.withMetadata({ orientation: options.orientation }).withExifMerge(GPS_EXIF);
  return image.jpeg({ quality: 85 }).toBuffer();
}

export async function solidPng(width = 64, height = 48): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 4, background: { r: 200, g: 10, b: 10, alpha: 0.5 } } }).png().toBuffer();
}

export async function encoded(format: 'webp' | 'gif' | 'avif' | 'tiff', width = 300, height = 200): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#2a6' } })[format]().toBuffer();
}

/** Inserts an APP13 (Photoshop IRB, 8BIM 0x0404) segment with IPTC-IIM datasets right after SOI. */
export function withIptc(jpeg: Buffer, datasets: Record<number, string>): Buffer {
  const iim = Buffer.concat([
    Buffer.from([0x1c, 0x01, 0x5a, 0x00, 0x03, 0x1b, 0x25, 0x47]), // 1:90 UTF-8
    ...Object.entries(datasets).map(([tag, value]) => {
      const bytes = Buffer.from(value, 'utf8');
      const head = Buffer.from([0x1c, 0x02, Number(tag), 0, 0]);
      head.writeUInt16BE(bytes.length, 3);
      return Buffer.concat([head, bytes]);
    }),
  ]);
  const padded = iim.length % 2 === 1 ? Buffer.concat([iim, Buffer.from([0])]) : iim;
  const resource = Buffer.concat([Buffer.from('8BIM'), Buffer.from([0x04, 0x04, 0, 0]), u32(iim.length), padded]);
  const payload = Buffer.concat([Buffer.from('Photoshop 3.0\0', 'latin1'), resource]);
  const segment = Buffer.concat([Buffer.from([0xff, 0xed]), u16(payload.length + 2), payload]);
  return Buffer.concat([jpeg.subarray(0, 2), segment, jpeg.subarray(2)]);
}

/** A PNG of a few hundred bytes whose header declares width × height pixels: a decompression bomb. */
export function bombPng(width = 30_000, height = 30_000): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    return Buffer.concat([u32(data.length), body, u32(crc32(body))]);
  };
  const ihdr = Buffer.concat([u32(width), u32(height), Buffer.from([8, 2, 0, 0, 0])]);
  // A few rows of zeros; a real bomb would deflate gigabytes of them into kilobytes.
  const idat = deflateSync(Buffer.alloc(width * 3 + 1), { level: 9 });
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]);
}

export function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n >>> 0);
  return b;
}

function u16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16BE(n);
  return b;
}

export function write(dir: string, name: string, bytes: Buffer | string): string {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}
