import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import exifReader from 'exif-reader';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { MediaPipeline } from '../../../electron/media/media-pipeline';
import { itemDir } from '../../../electron/media/media-url';
import { jpegShrinkFor, processImage, TEMP_DIR } from '../../../electron/media/process-image';
import { RENDITIONS, RENDITION_FILES } from '../../../shared/media/renditions';
import { tempDir } from '../support/temp-core';
import { bombPng, encoded, photoJpeg, solidPng, withIptc, write } from './fixtures';

const job = (source: string, mediaDir: string, moveSource = false) => ({ source, name: path.basename(source), mediaDir, moveSource });

/** Everything under the media folder except the (swept) temp folder. */
function itemFiles(mediaDir: string): string[] {
  if (!existsSync(mediaDir)) return [];
  return (readdirSync(mediaDir, { recursive: true }) as string[]).filter((f) => !f.startsWith(TEMP_DIR));
}

describe('processImage: renditions', () => {
  it('writes every rendition at its width, keeps the original byte-identical, and strips GPS and camera data', async () => {
    const dir = tempDir();
    const media = path.join(dir, 'media');
    const bytes = withIptc(await photoJpeg({ width: 2400, height: 1600 }), { 80: 'IPTC Byline', 120: 'IPTC caption', 116: '© IPTC Agency' });
    const source = write(dir, 'harbour.jpg', bytes);
    const image = await processImage(job(source, media));

    expect(image).toMatchObject({ format: 'jpeg', width: 2400, height: 1600, byteSize: bytes.length, existed: false });
    const folder = itemDir(media, image.sha256);
    expect(readFileSync(path.join(folder, 'original.jpg')).equals(bytes)).toBe(true);
    expect(readFileSync(source).equals(bytes)).toBe(true);

    for (const name of Object.keys(RENDITIONS) as (keyof typeof RENDITIONS)[]) {
      const spec = RENDITIONS[name];
      const file = path.join(folder, spec.file);
      const meta = await sharp(file).metadata();
      expect(meta.format).toBe(spec.format);
      expect(meta.width).toBe(spec.width);
      // No EXIF (GPS, Make, Model), no XMP, no IPTC: nothing of the original's metadata survives.
      expect(meta.exif).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
      expect(meta.iptc).toBeUndefined();
      // Byte markers long enough not to turn up by chance in a megabyte of compressed noise (a bare
      // 'GPS' did, in about one run in ten): the EXIF header any GPS block sits in, and the camera.
      const raw = readFileSync(file);
      for (const marker of ['Exif\0\0', 'Canon', 'EOS R5']) expect(raw.includes(Buffer.from(marker, 'latin1'))).toBe(false);
    }
    // The source did carry GPS: the test would mean nothing otherwise.
    const sourceExif = exifReader((await sharp(bytes).metadata()).exif!);
    expect(sourceExif.GPSInfo?.GPSLatitude).toEqual([51, 30, 32.3]);
  });

  it('prefills credits from IPTC first, then EXIF', async () => {
    const dir = tempDir();
    const withIim = await processImage(job(write(dir, 'a.jpg', withIptc(await photoJpeg({ seed: 1 }), { 80: 'Ana Byline', 110: 'Agency Credit', 115: 'Wire', 116: '© 2026 Agency', 120: 'Crowds at dawn' })), path.join(dir, 'm')));
    expect(withIim.credits).toEqual({ creator: 'Ana Byline', copyright: '© 2026 Agency', caption: 'Crowds at dawn', credit: 'Agency Credit', source: 'Wire' });
    const exifOnly = await processImage(job(write(dir, 'b.jpg', await photoJpeg({ seed: 2 })), path.join(dir, 'm')));
    expect(exifOnly.credits).toMatchObject({ creator: 'Exif Artist', copyright: '(c) Exif Copyright', caption: 'Exif caption' });
  });

  it('reads credits from XMP', async () => {
    const dir = tempDir();
    const xmp = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" photoshop:Credit="XMP Credit &amp; Co"><dc:creator><rdf:Seq><rdf:li>Xavier Creator</rdf:li></rdf:Seq></dc:creator><dc:description><rdf:Alt><rdf:li xml:lang="x-default">An XMP caption</rdf:li></rdf:Alt></dc:description></rdf:Description></rdf:RDF></x:xmpmeta>`;
    const bytes = await sharp({ create: { width: 100, height: 80, channels: 3, background: '#123' } }).withXmp(xmp).jpeg().toBuffer();
    const image = await processImage(job(write(dir, 'x.jpg', bytes), path.join(dir, 'm')));
    expect(image.credits).toMatchObject({ creator: 'Xavier Creator', caption: 'An XMP caption', credit: 'XMP Credit & Co' });
  });

  it('auto-orients from EXIF: a portrait shot stored sideways comes out upright', async () => {
    const dir = tempDir();
    const media = path.join(dir, 'media');
    const image = await processImage(job(write(dir, 'sideways.jpg', await photoJpeg({ width: 1200, height: 800, orientation: 6 })), media));
    expect([image.width, image.height]).toEqual([800, 1200]);
    const w800 = await sharp(path.join(itemDir(media, image.sha256), 'w800.jpg')).metadata();
    expect([w800.width, w800.height]).toEqual([800, 1200]);
    expect(w800.orientation).toBeUndefined();
  });

  it('decodes a large JPEG at a reduced DCT scale only when that still covers the largest web width', () => {
    expect(jpegShrinkFor(1200)).toBe(1);
    expect(jpegShrinkFor(3199)).toBe(1);
    expect(jpegShrinkFor(3200)).toBe(2);
    expect(jpegShrinkFor(4000)).toBe(2);
    expect(jpegShrinkFor(6399)).toBe(2);
    expect(jpegShrinkFor(6400)).toBe(4);
    expect(jpegShrinkFor(13_000)).toBe(8);
  });

  it('a large JPEG, upright or stored sideways, decoded at half scale, still gives full-size renditions in proportion', async () => {
    const dir = tempDir();
    const media = path.join(dir, 'media');
    const cases = [
      { stored: { width: 4000, height: 2600 }, orientation: undefined, upright: [4000, 2600] },
      { stored: { width: 2400, height: 3400 }, orientation: 6, upright: [3400, 2400] },
    ];
    for (const [i, c] of cases.entries()) {
      const bytes = await photoJpeg({ ...c.stored, seed: 30 + i, ...(c.orientation ? { orientation: c.orientation } : {}) });
      const image = await processImage(job(write(dir, `large-${i}.jpg`, bytes), media));
      expect([image.width, image.height]).toEqual(c.upright);
      const folder = itemDir(media, image.sha256);
      expect(readFileSync(path.join(folder, 'original.jpg')).equals(bytes)).toBe(true);
      for (const spec of [RENDITIONS.w1600jpeg, RENDITIONS.w800jpeg, RENDITIONS.thumb]) {
        const meta = await sharp(path.join(folder, spec.file)).metadata();
        expect(meta.width).toBe(spec.width);
        expect(Math.abs(meta.height! - (spec.width * c.upright[1]!) / c.upright[0]!)).toBeLessThanOrEqual(1);
        expect(meta.exif).toBeUndefined();
        expect(meta.orientation).toBeUndefined();
      }
    }
  });

  it('accepts PNG, WebP, GIF, AVIF and TIFF, never enlarging small images', async () => {
    const dir = tempDir();
    const media = path.join(dir, 'media');
    const png = await processImage(job(write(dir, 'p.png', await solidPng(64, 48)), media));
    expect(png).toMatchObject({ format: 'png', width: 64, height: 48 });
    expect((await sharp(path.join(itemDir(media, png.sha256), RENDITIONS.w1600jpeg.file)).metadata()).width).toBe(64);
    for (const format of ['webp', 'gif', 'avif', 'tiff'] as const) {
      const result = await processImage(job(write(dir, `i.${format}`, await encoded(format)), media));
      expect(result.format).toBe(format);
      expect(existsSync(path.join(itemDir(media, result.sha256), RENDITIONS.thumb.file))).toBe(true);
    }
  });

  it('converts CMYK and 16-bit images with transparency to sRGB renditions', async () => {
    const dir = tempDir();
    const media = path.join(dir, 'media');
    const cmyk = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#d02020' } }).toColourspace('cmyk').jpeg().toBuffer();
    const deep = await sharp({ create: { width: 400, height: 300, channels: 4, background: { r: 10, g: 200, b: 30, alpha: 0.4 } } }).toColourspace('rgb16').png().toBuffer();
    for (const [name, bytes, expected] of [['press.jpg', cmyk, [209, 16, 0]], ['deep.png', deep, [158, 233, 166]]] as const) {
      const image = await processImage(job(write(dir, name, bytes), media));
      const file = path.join(itemDir(media, image.sha256), 'w800.jpg');
      expect((await sharp(file).metadata()).space).toBe('srgb');
      const means = (await sharp(file).stats()).channels.map((c) => c.mean);
      means.forEach((m, i) => expect(Math.abs(m - expected[i]!)).toBeLessThan(6));
    }
  });

  it('the same bytes twice reuse the existing folder', async () => {
    const dir = tempDir();
    const media = path.join(dir, 'media');
    const bytes = await photoJpeg();
    const first = await processImage(job(write(dir, 'one.jpg', bytes), media));
    const second = await processImage(job(write(dir, 'two.jpg', bytes), media));
    expect(second).toMatchObject({ sha256: first.sha256, existed: true });
    expect(itemFiles(media).filter((f) => f.endsWith('original.jpg'))).toHaveLength(1);
  });

  it('moves an upload temp file into place instead of copying it', async () => {
    const dir = tempDir();
    const media = path.join(dir, 'media');
    const source = write(dir, 'upload.part', await photoJpeg());
    const image = await processImage(job(source, media, true));
    expect(existsSync(source)).toBe(false);
    expect(RENDITION_FILES.every((f) => existsSync(path.join(itemDir(media, image.sha256), f)))).toBe(true);
  });
});

describe('processImage: bad input is refused by name, and nothing half-written remains', () => {
  const refusals: [string, (dir: string) => Promise<Buffer | string>, RegExp][] = [
    ['empty.jpg', async () => Buffer.alloc(0), /“empty\.jpg” was not imported: it is empty \(0 bytes\)/],
    ['notes.jpg', async () => 'Meeting notes: call the photo desk.\n', /“notes\.jpg”.*content is text/],
    ['truncated.jpg', async () => (await photoJpeg({ seed: 3 })).subarray(0, 40_000), /“truncated\.jpg”.*truncated/],
    // Large enough to be decoded at half scale (shrink-on-load from the private copy): refused just the same.
    ['truncated-large.jpg', async () => (await photoJpeg({ width: 4000, height: 2600, seed: 5 })).subarray(0, 200_000), /“truncated-large\.jpg”.*truncated/],
    [
      'corrupt.jpg',
      async () => {
        const good = await photoJpeg({ seed: 4 });
        const bad = Buffer.from(good);
        for (let i = 2000; i < bad.length - 2; i += 97) bad[i] = 0xff;
        return bad;
      },
      /“corrupt\.jpg”.*(damaged|truncated)/,
    ],
    ['bomb.png', async () => bombPng(), /“bomb\.png”.*decompression bomb/],
    ['photo.heic', async () => Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic'), Buffer.alloc(4), Buffer.from('mif1heic'), Buffer.alloc(64)]), /“photo\.heic”.*HEIC/],
    ['logo.svg', async () => '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', /“logo\.svg”.*SVG/],
    ['scan.jpg', async () => '%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n', /“scan\.jpg”.*PDF/],
  ];

  for (const [name, make, message] of refusals) {
    it(`refuses ${name}`, async () => {
      const dir = tempDir();
      const media = path.join(dir, 'media');
      await expect(processImage(job(write(dir, name, await make(dir)), media))).rejects.toThrow(message);
      expect(itemFiles(media)).toEqual([]);
      expect(existsSync(path.join(media, TEMP_DIR)) ? readdirSync(path.join(media, TEMP_DIR)) : []).toEqual([]);
    });
  }

  it('refuses a 100 MB file by its size, before reading it', async () => {
    const dir = tempDir();
    const big = Buffer.alloc(100 * 1024 * 1024);
    Buffer.from([0xff, 0xd8, 0xff, 0xe0]).copy(big);
    const media = path.join(dir, 'media');
    await expect(processImage(job(write(dir, 'huge.jpg', big), media))).rejects.toThrow(/“huge\.jpg” was not imported: it is 100 MB; Presswork imports images up to 64 MB/);
    expect(itemFiles(media)).toEqual([]);
  });
});

describe('MediaPipeline: the worker thread', () => {
  it('processes good and bad files off the main thread and reports each', async () => {
    const dir = tempDir();
    const media = path.join(dir, 'media');
    const pipeline = new MediaPipeline();
    try {
      const [good, bad] = await Promise.all([
        pipeline.process(job(write(dir, 'good.jpg', await photoJpeg()), media)),
        pipeline.process(job(write(dir, 'bad.png', 'not a png'), media)),
      ]);
      expect(good.ok && good.image.format).toBe('jpeg');
      expect(bad).toEqual({ ok: false, message: expect.stringMatching(/“bad\.png” was not imported: its content is text/) });
    } finally {
      await pipeline.close();
    }
  });
});

describe('MediaPipeline: a worker that dies', () => {
  it('fails the files it held with a readable message, and a fresh worker takes the next job', async () => {
    const dir = tempDir();
    const script = write(dir, 'dying-worker.mjs', `import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => process.exit(3));\n`);
    const pipeline = new MediaPipeline({ kind: 'script', file: script });
    try {
      const first = await pipeline.process(job(write(dir, 'a.jpg', 'x'), path.join(dir, 'media')));
      expect(first).toEqual({ ok: false, message: '“a.jpg” was not imported: the image processor stopped (exit code 3).' });
      const second = await pipeline.process(job(write(dir, 'b.jpg', 'x'), path.join(dir, 'media')));
      expect(second.ok).toBe(false);
    } finally {
      await pipeline.close();
    }
  });
});
