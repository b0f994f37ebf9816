import exifReader from 'exif-reader';

/** What the photographer's or agency's software wrote into the file, used to prefill the library's fields. */
export interface EmbeddedCredits {
  creator: string;
  copyright: string;
  caption: string;
  credit: string;
  source: string;
}

const clean = (s: string | undefined | null): string => (s ?? '').replace(/\0+$/g, '').replace(/\s+/g, ' ').trim().slice(0, 2000);

/**
 * Reads creator, copyright, caption, credit line and source from IPTC-IIM, XMP and EXIF, preferring
 * IPTC and XMP (what photo desks edit) over EXIF (what cameras write). Damaged blocks are ignored:
 * metadata only prefills fields an editor can change.
 */
export function readEmbeddedCredits(blocks: { exif?: Buffer; iptc?: Buffer; xmp?: Buffer }): EmbeddedCredits {
  const iptc = blocks.iptc ? parseIptc(blocks.iptc) : new Map<number, string>();
  const xmp = blocks.xmp ? parseXmp(blocks.xmp.toString('utf8')) : {};
  let exif: { artist?: string; copyright?: string; description?: string } = {};
  if (blocks.exif) {
    try {
      const parsed = exifReader(blocks.exif);
      exif = { artist: str(parsed.Image?.Artist), copyright: str(parsed.Image?.Copyright), description: str(parsed.Image?.ImageDescription) };
    } catch {
      exif = {};
    }
  }
  const first = (...values: (string | undefined)[]) => clean(values.find((v) => clean(v) !== ''));
  return {
    creator: first(iptc.get(80), xmp.creator, exif.artist),
    copyright: first(iptc.get(116), xmp.rights, exif.copyright),
    caption: first(iptc.get(120), xmp.description, exif.description),
    credit: first(iptc.get(110), xmp.credit),
    source: first(iptc.get(115), xmp.source),
  };
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/**
 * IPTC-IIM application records (1C 02 nn len), whether bare or wrapped in Photoshop's 8BIM blocks:
 * 80 By-line, 110 Credit, 115 Source, 116 Copyright Notice, 120 Caption/Abstract. The first of each wins.
 */
export function parseIptc(buf: Buffer): Map<number, string> {
  const out = new Map<number, string>();
  let charset: 'utf8' | 'latin1' | 'unknown' = 'unknown';
  for (let i = 0; i + 5 <= buf.length; i++) {
    if (buf[i] !== 0x1c) continue;
    const record = buf[i + 1]!;
    const dataset = buf[i + 2]!;
    const len = buf.readUInt16BE(i + 3);
    if (len & 0x8000 || i + 5 + len > buf.length) continue;
    const value = buf.subarray(i + 5, i + 5 + len);
    // 1:90 declares the character set (ESC % G is UTF-8); undeclared text is UTF-8 when it decodes as such, else Latin-1.
    if (record === 1 && dataset === 90) charset = value.toString('latin1') === '\x1b%G' ? 'utf8' : 'latin1';
    if (record === 2 && !out.has(dataset)) out.set(dataset, decodeIim(value, charset));
    i += 4 + len;
  }
  return out;
}

function decodeIim(value: Buffer, charset: 'utf8' | 'latin1' | 'unknown'): string {
  if (charset !== 'unknown') return value.toString(charset);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(value);
  } catch {
    return value.toString('latin1');
  }
}

/** The few XMP properties that carry credits, read from either element or attribute form. */
export function parseXmp(xml: string): { creator?: string; rights?: string; description?: string; credit?: string; source?: string } {
  const listValue = (tag: string): string | undefined => {
    const block = new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`).exec(xml)?.[1];
    if (block === undefined) return undefined;
    const item = /<rdf:li(?:\s[^>]*)?>([\s\S]*?)<\/rdf:li>/.exec(block)?.[1];
    return decodeEntities(item ?? block);
  };
  const simple = (tag: string): string | undefined => {
    const element = new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`).exec(xml)?.[1];
    if (element !== undefined) return decodeEntities(element);
    const attribute = new RegExp(`\\s${tag}="([^"]*)"`).exec(xml)?.[1];
    return attribute === undefined ? undefined : decodeEntities(attribute);
  };
  return {
    creator: listValue('dc:creator'),
    rights: listValue('dc:rights'),
    description: listValue('dc:description'),
    credit: simple('photoshop:Credit'),
    source: simple('photoshop:Source'),
  };
}

function decodeEntities(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&');
}
