import sharp, { type Sharp } from 'sharp';
import { MEDIA_MAX_PIXELS, type MediaFormat } from '../../shared/media/media-schema';

// libvips' operation cache is per process: it would keep decoded images after a publish. (The import
// worker turns it off too; whichever runs first, the setting is the same.)
sharp.cache(false);

/** Formats a site copy is written in: those every WordPress accepts and serves. */
export type SiteFormat = 'jpeg' | 'png' | 'webp' | 'gif';

/**
 * WordPress scales any upload larger than this (on its longer side) down to it and serves that
 * (big_image_size_threshold); sending more only costs upload time.
 */
export const SITE_MAX_EDGE = 2560;

const SITE_FORMAT: Record<MediaFormat, SiteFormat> = {
  jpeg: 'jpeg',
  png: 'png',
  webp: 'webp',
  gif: 'gif',
  // WordPress before 6.5 refuses AVIF and never serves TIFF in a page.
  avif: 'jpeg',
  tiff: 'jpeg',
};

/**
 * The copy of a library image that goes to a public site. The original keeps everything the
 * camera wrote, the place a photo was taken (GPS) and the camera's serial among it: uploading it
 * would publish them. This copy is decoded and encoded again: turned upright, with no EXIF, XMP or
 * IPTC (its colour profile kept, so colours stay true), at most SITE_MAX_EDGE px on its longer side,
 * in a format WordPress serves. Animated GIFs and WebPs stay animated.
 */
export async function siteCopy(original: string | Buffer, format: MediaFormat): Promise<{ bytes: Buffer; format: SiteFormat }> {
  const out = SITE_FORMAT[format];
  const animated = format === 'gif' || format === 'webp';
  const image = sharp(original, { limitInputPixels: MEDIA_MAX_PIXELS, autoOrient: true, animated })
    .resize({ width: SITE_MAX_EDGE, height: SITE_MAX_EDGE, fit: 'inside', withoutEnlargement: true })
    .keepIccProfile();
  return { bytes: await encode(image, out), format: out };
}

function encode(image: Sharp, format: SiteFormat): Promise<Buffer> {
  switch (format) {
    case 'jpeg':
      // High quality: WordPress makes every size it serves from this file, compressing again.
      return image.flatten({ background: '#ffffff' }).jpeg({ quality: 90 }).toBuffer();
    case 'png':
      return image.png().toBuffer();
    case 'webp':
      return image.webp({ quality: 90 }).toBuffer();
    case 'gif':
      return image.gif().toBuffer();
  }
}
