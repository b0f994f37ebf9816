// npm run bench:media — 200 ~12-megapixel JPEGs with EXIF and GPS through the full import pipeline
// (sniff, sha-256, decode, auto-orient, three renditions, durable writes, catalogue rows), run in a
// child process so its peak RSS is the importer's alone. Prints one JSON object per line.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { createCore } from '../../../electron/core/core';
import { MemorySecretStore } from '../../../electron/secrets/memory-secret-store';
import type { ImportProgress } from '../../../shared/media/media-schema';

const COUNT = Number(process.env.BENCH_MEDIA_COUNT ?? 200);
const WIDTH = 4000;
const HEIGHT = 3000;
const DISTINCT = 8;

const GPS_EXIF = {
  IFD0: { Make: 'Canon', Model: 'EOS R5', Artist: 'Bench Photographer', Copyright: '(c) Bench Agency', ImageDescription: 'Bench caption' },
  IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 3230/100', GPSLongitudeRef: 'W', GPSLongitude: '0/1 7/1 4366/100' },
};

/** A photo-like frame: smooth shapes from an upscaled random field plus sensor-like grain. */
async function photo(seed: number): Promise<Buffer> {
  const small = Buffer.alloc(64 * 48 * 3);
  let x = seed * 2654435761;
  for (let i = 0; i < small.length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    small[i] = x >>> 24;
  }
  const smooth = await sharp(small, { raw: { width: 64, height: 48, channels: 3 } }).resize(WIDTH, HEIGHT, { kernel: 'cubic' }).raw().toBuffer();
  const grain = await sharp({ create: { width: WIDTH, height: HEIGHT, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 10 } } })
    .raw()
    .toBuffer();
  return sharp(smooth, { raw: { width: WIDTH, height: HEIGHT, channels: 3 } })
    .composite([{ input: grain, raw: { width: WIDTH, height: HEIGHT, channels: 3 }, blend: 'overlay' }])
    .withExif(GPS_EXIF)
    .jpeg({ quality: 90 })
    .toBuffer();
}

/** Makes the bytes (and so the sha-256) unique without re-encoding: a JPEG comment segment after SOI. */
function withComment(jpeg: Buffer, text: string): Buffer {
  const body = Buffer.from(text, 'latin1');
  const head = Buffer.from([0xff, 0xfe, 0, 0]);
  head.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), head, body, jpeg.subarray(2)]);
}

async function generate(dir: string): Promise<{ paths: string[]; bytes: number }> {
  const bases = await Promise.all(Array.from({ length: DISTINCT }, (_, i) => photo(i + 1)));
  const paths: string[] = [];
  let bytes = 0;
  for (let i = 0; i < COUNT; i++) {
    const file = path.join(dir, `bench-${String(i).padStart(3, '0')}.jpg`);
    const data = withComment(bases[i % DISTINCT]!, `presswork bench image ${i}`);
    writeFileSync(file, data);
    paths.push(file);
    bytes += data.length;
  }
  return { paths, bytes };
}

async function runImport(sourceDir: string, paths: string[]): Promise<void> {
  const dataDir = path.join(sourceDir, 'data');
  const core = createCore({ dataDir, shell: 'harness', version: 'bench', secrets: new MemorySecretStore() });
  let peakRss = process.memoryUsage.rss();
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 50);
  let resolveDone: (p: ImportProgress) => void = () => {};
  const done = new Promise<ImportProgress>((resolve) => (resolveDone = resolve));
  let failed = 0;
  const unsubscribe = core.events.subscribe((name, payload) => {
    if (name !== 'mediaImportProgress') return;
    const progress = payload as ImportProgress;
    if (progress.file.state === 'failed') failed++;
    if (progress.completed === progress.total) resolveDone(progress);
  });
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const result = await core.dispatch('importMediaFiles', { tokens: core.grantFiles(paths).map((g) => g.token) });
  if (!result.ok) throw new Error(result.error.message);
  await done;
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  unsubscribe();
  const maxRssMb = Math.max(peakRss, highWaterMark()) / (1024 * 1024);
  console.log(JSON.stringify({ name: 'media.import.throughput', unit: 'images/s', value: round(COUNT / seconds), images: COUNT, failed, seconds: round(seconds), target: 10, cores: os.availableParallelism() }));
  // CPU time of the whole process (all threads) per image: on a machine shared with other work the
  // wall-clock rate says little, so this line also gives the rate it implies on idle cores.
  const cpu = process.cpuUsage(cpuBefore);
  const cpuMsPerImage = (cpu.user + cpu.system) / 1000 / COUNT;
  const cores = os.availableParallelism();
  console.log(JSON.stringify({ name: 'media.import.cpu_per_image', unit: 'ms', value: round(cpuMsPerImage), impliedImagesPerSecondOnIdleCores: round((cores * 1000) / cpuMsPerImage), cores }));
  console.log(JSON.stringify({ name: 'media.import.peak_rss', unit: 'MB', value: round(maxRssMb), target: 500 }));
  core.close();
}

/**
 * The kernel's peak RSS for this process image (VmHWM). Not resourceUsage().maxRSS: Linux carries
 * that across fork+exec, so it would report the generating parent's peak instead of the importer's.
 */
function highWaterMark(): number {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    return kb ? Number(kb) * 1024 : 0;
  } catch {
    return 0;
  }
}

const round = (n: number) => Math.round(n * 100) / 100;

if (process.argv[2] === '--run') {
  const dir = process.argv[3]!;
  const paths = Array.from({ length: COUNT }, (_, i) => path.join(dir, `bench-${String(i).padStart(3, '0')}.jpg`));
  await runImport(dir, paths);
} else {
  // BENCH_MEDIA_KEEP=<dir> keeps (and reuses) the generated images there, for repeated runs.
  const keep = process.env.BENCH_MEDIA_KEEP;
  const dir = keep ? path.resolve(keep) : mkdtempSync(path.join(os.tmpdir(), 'presswork-bench-media-'));
  try {
    mkdirSync(dir, { recursive: true });
    rmSync(path.join(dir, 'data'), { recursive: true, force: true });
    const t = performance.now();
    const { bytes } = existsSync(path.join(dir, `bench-${String(COUNT - 1).padStart(3, '0')}.jpg`)) ? { bytes: 0 } : await generate(dir);
    console.log(JSON.stringify({ name: 'media.bench.fixtures', unit: 'MB', value: round(bytes / (1024 * 1024)), images: COUNT, megapixels: (WIDTH * HEIGHT) / 1e6, seconds: round((performance.now() - t) / 1000) }));
    const child = spawn(process.execPath, ['--import', 'tsx', new URL(import.meta.url).pathname, '--run', dir], { stdio: ['ignore', 'inherit', 'inherit'] });
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    if (code !== 0) process.exitCode = 1;
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}
