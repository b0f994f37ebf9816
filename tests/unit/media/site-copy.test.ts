import exifReader from 'exif-reader';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { SITE_MAX_EDGE, siteCopy } from '../../../electron/media/site-copy';
import { encoded, photoJpeg, solidPng } from './fixtures';

/** True when none of the camera's markers is in the bytes (long enough not to turn up by chance in compressed noise). */
const carriesNoCameraData = (bytes: Buffer) => ['Exif\0\0', 'Canon', 'EOS R5'].every((marker) => !bytes.includes(Buffer.from(marker, 'latin1')));

describe('siteCopy: what a public site receives', () => {
  it('strips GPS and camera data from a photo and turns it upright', async () => {
    const original = await photoJpeg({ width: 600, height: 400, orientation: 6 });
    // The original does carry GPS and a rotation: the test would mean nothing otherwise.
    const before = await sharp(original).metadata();
    expect(exifReader(before.exif!).GPSInfo?.GPSLatitude).toEqual([51, 30, 32.3]);
    expect(before.orientation).toBe(6);

    const copy = await siteCopy(original, 'jpeg');
    expect(copy.format).toBe('jpeg');
    const meta = await sharp(copy.bytes).metadata();
    expect(meta.format).toBe('jpeg');
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(meta.iptc).toBeUndefined();
    expect(carriesNoCameraData(copy.bytes)).toBe(true);
    // Rotated by the pixels themselves, since no orientation tag travels with it.
    expect([meta.width, meta.height]).toEqual([400, 600]);
  });

  it('scales a large photo down to the size WordPress would serve, and never up', async () => {
    const large = await siteCopy(await photoJpeg({ width: 3200, height: 1800 }), 'jpeg');
    const meta = await sharp(large.bytes).metadata();
    expect([meta.width, meta.height]).toEqual([SITE_MAX_EDGE, 1440]);
    const small = await sharp((await siteCopy(await photoJpeg({ width: 300, height: 200 }), 'jpeg')).bytes).metadata();
    expect([small.width, small.height]).toEqual([300, 200]);
  });

  it('keeps PNG transparency and animation, and sends TIFF and AVIF as JPEG', async () => {
    const png = await siteCopy(await solidPng(), 'png');
    const pngMeta = await sharp(png.bytes).metadata();
    expect([png.format, pngMeta.format, pngMeta.hasAlpha]).toEqual(['png', 'png', true]);

    const frames = await Promise.all([0, 1, 2].map((i) => sharp({ create: { width: 40, height: 30, channels: 4, background: { r: 80 * i, g: 10, b: 10, alpha: 1 } } }).raw().toBuffer()));
    const animation = await sharp(Buffer.concat(frames), { raw: { width: 40, height: 90, channels: 4, pageHeight: 30 } }).gif({ loop: 0 }).toBuffer();
    const gif = await siteCopy(animation, 'gif');
    expect(gif.format).toBe('gif');
    expect((await sharp(gif.bytes).metadata()).pages).toBe(3);

    for (const format of ['tiff', 'avif'] as const) {
      const copy = await siteCopy(await encoded(format), format);
      expect(copy.format).toBe('jpeg');
      expect((await sharp(copy.bytes).metadata()).format).toBe('jpeg');
    }
  });

  it('refuses what is not an image with the decoder’s reason', async () => {
    await expect(siteCopy(Buffer.from('not an image at all'), 'jpeg')).rejects.toThrow();
  });
});
