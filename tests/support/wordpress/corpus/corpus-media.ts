import sharp from 'sharp';

/**
 * The attachments the corpus posts use. The bytes are made here, the same every time, so the
 * generator and the round-trip test upload identical files; each fixture's JSON records what the
 * generator's site called them (ids, URLs), and the test maps those onto its own uploads.
 */
export interface CorpusMediaSpec {
  key: string;
  filename: string;
  mime: string;
  alt?: string;
  caption?: string;
  bytes(): Promise<Buffer>;
}

const picture = (width: number, height: number, colour: { r: number; g: number; b: number }) => () =>
  sharp({ create: { width, height, channels: 3, background: colour } })
    // A band of another colour, so the sizes WordPress derives are real pictures, not one pixel value.
    .composite([{ input: { create: { width: Math.round(width / 3), height, channels: 3, background: { r: 240, g: 200, b: 80 } } }, left: 0, top: 0 }])
    .jpeg({ quality: 80 })
    .toBuffer();

/** A one-second silent mono 8 kHz WAV: a real audio file WordPress accepts. */
function silentWav(): Promise<Buffer> {
  const samples = 8000;
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + samples, 4);
  header.write('WAVE', 8);
  header.write('fmt ', 12);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(8000, 24);
  header.writeUInt32LE(8000, 28);
  header.writeUInt16LE(1, 32);
  header.writeUInt16LE(8, 34);
  header.write('data', 36);
  header.writeUInt32LE(samples, 40);
  return Promise.resolve(Buffer.concat([header, Buffer.alloc(samples, 128)]));
}

/** A one-page PDF saying "Budget 2027". */
function smallPdf(): Promise<Buffer> {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 144] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    '<< /Length 44 >>\nstream\nBT /F1 18 Tf 40 70 Td (Budget 2027) Tj ET\nendstream',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Promise.resolve(Buffer.from(out, 'latin1'));
}

export const CORPUS_MEDIA: CorpusMediaSpec[] = [
  { key: 'harbour', filename: 'corpus-harbour.jpg', mime: 'image/jpeg', alt: 'Fishing boats moored at dawn', caption: 'The harbour at first light', bytes: picture(1600, 1067, { r: 90, g: 125, b: 154 }) },
  { key: 'market', filename: 'corpus-market.jpg', mime: 'image/jpeg', alt: 'Stalls of the covered market', caption: 'Market day', bytes: picture(1200, 800, { r: 154, g: 90, b: 70 }) },
  { key: 'portrait', filename: 'corpus-portrait.jpg', mime: 'image/jpeg', alt: 'The mayor at her desk', caption: '', bytes: picture(800, 1200, { r: 60, g: 120, b: 80 }) },
  { key: 'audio', filename: 'corpus-interview.wav', mime: 'audio/wav', bytes: silentWav },
  { key: 'budget', filename: 'corpus-budget.pdf', mime: 'application/pdf', bytes: smallPdf },
];

/** What a site called one uploaded attachment: everything of it that post markup can quote. */
export interface RecordedMedia {
  key: string;
  id: number;
  /** The attachment page (linkDestination "attachment"). */
  link: string;
  sourceUrl: string;
  /** Size name → URL (full included). */
  sizes: Record<string, string>;
}

/** A reusable block (a wp_block post) a fixture points at with `core/block {"ref":id}`. */
export interface RecordedReusable {
  id: number;
  title: string;
  content: string;
}

/** The `.json` beside each fixture's `.html`. */
export interface FixtureManifest {
  name: string;
  title: string;
  /** How the content was made: saved by the real block editor, or hand-written (and why). */
  origin: 'block-editor' | 'hand-written-classic' | 'hand-written-third-party' | 'hand-written-5x';
  wordpressVersion: string;
  description: string;
  /** Block names (or classic shapes) the post contains. */
  contains: string[];
  /** The site the content was saved on: links and URLs in it start with this. */
  siteUrl: string;
  /** Every attachment the generator uploaded (the round-trip test uploads the same files and maps these onto them). */
  media: RecordedMedia[];
  reusable: RecordedReusable[];
}
