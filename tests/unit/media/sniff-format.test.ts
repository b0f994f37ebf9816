import { describe, expect, it } from 'vitest';
import { sniffFormat } from '../../../electron/media/sniff-format';
import { parseIptc, parseXmp } from '../../../electron/media/embedded-credits';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));

describe('sniffFormat', () => {
  it.each([
    ['jpeg', bytes([0xff, 0xd8, 0xff, 0xe1])],
    ['png', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
    ['gif', bytes('GIF89a')],
    ['webp', bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 ')],
    ['tiff', bytes('II*', [0])],
    ['tiff', bytes('MM', [0, 0x2a])],
    ['avif', bytes([0, 0, 0, 0x20], 'ftypavif', [0, 0, 0, 0], 'avifmif1miaf')],
    ['avif', bytes([0, 0, 0, 0x1c], 'ftypmif1', [0, 0, 0, 0], 'mif1avif')],
  ])('recognises %s by its bytes', (format, head) => {
    expect(sniffFormat(head)).toEqual({ ok: true, format });
  });

  it.each([
    [bytes(), /empty/],
    [bytes([0, 0, 0, 0x18], 'ftypheic', [0, 0, 0, 0], 'mif1heic'), /HEIC/],
    [bytes('<svg xmlns="http://www.w3.org/2000/svg">'), /SVG/],
    [bytes([0xef, 0xbb, 0xbf], '<?xml version="1.0"?>\n<svg>'), /SVG/],
    [bytes('%PDF-1.4'), /PDF/],
    [bytes('Hello, this is text with an image extension'), /text/],
    [bytes('BM', [0, 0, 0, 0]), /BMP/],
    [bytes([0, 0, 0, 0x18], 'ftypmp42'), /video/],
    [bytes([0x00, 0x01, 0x02, 0x03, 0x00]), /not an image format/],
  ])('refuses %#', (head, why) => {
    const sniffed = sniffFormat(head);
    expect(sniffed.ok).toBe(false);
    if (!sniffed.ok) expect(sniffed.why).toMatch(why);
  });
});

describe('embedded credits parsers', () => {
  it('reads IPTC datasets, bare or inside 8BIM, honouring the declared character set', () => {
    const iim = Buffer.from([0x1c, 0x01, 0x5a, 0x00, 0x03, 0x1b, 0x25, 0x47, 0x1c, 0x02, 0x50, 0x00, 0x05, ...Buffer.from('Zoë!', 'utf8')]);
    expect(parseIptc(iim).get(80)).toBe('Zoë!');
    const latin1 = Buffer.from([0x1c, 0x02, 0x78, 0x00, 0x04, ...Buffer.from('café', 'latin1')]);
    expect(parseIptc(Buffer.concat([Buffer.from('Photoshop 3.0\x008BIM\x04\x04\x00\x00', 'latin1'), latin1])).get(120)).toBe('café');
  });

  it('ignores a dataset whose length runs past the block', () => {
    expect(parseIptc(Buffer.from([0x1c, 0x02, 0x50, 0x00, 0x40, 0x41])).size).toBe(0);
  });

  it('reads XMP element and attribute forms and decodes entities', () => {
    const xmp = parseXmp(
      '<rdf:Description photoshop:Source="AFP"><dc:rights><rdf:Alt><rdf:li xml:lang="x-default">&#169; 2026 A &amp; B</rdf:li></rdf:Alt></dc:rights><photoshop:Credit>Desk</photoshop:Credit></rdf:Description>',
    );
    expect(xmp).toMatchObject({ rights: '© 2026 A & B', credit: 'Desk', source: 'AFP' });
  });
});
