// Part of npm run bench:media — the editor's keystroke latency (p95, keydown to the frame after it)
// in the harness in Chromium, idle and while the core imports a batch of ~12-megapixel JPEGs.
// Prints one JSON object per line; the ratio's target is ≤ 1.2.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { CHOOSE_FILES_PATH } from '../../harness/harness-server';

const IMAGES = Number(process.env.BENCH_MEDIA_KEYSTROKE_IMAGES ?? 150);
const KEYS = 150;
/** From starting the import to the first measured keystroke: past the worker's start-up, into steady import. */
const SETTLE_MS = 1500;
const root = path.resolve(import.meta.dirname, '..', '..', '..');

async function fixtures(dir: string): Promise<string[]> {
  const small = Buffer.alloc(64 * 48 * 3);
  for (let i = 0; i < small.length; i++) small[i] = (i * 7919) % 251;
  const base = await sharp(small, { raw: { width: 64, height: 48, channels: 3 } })
    .resize(4000, 3000, { kernel: 'cubic' })
    .withExif({ IFD0: { Make: 'Canon' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 3230/100' } })
    .jpeg({ quality: 92 })
    .toBuffer();
  return Array.from({ length: IMAGES }, (_, i) => {
    const file = path.join(dir, `k-${i}.jpg`);
    // A unique comment segment per file: distinct bytes, so none is skipped as a duplicate.
    const comment = Buffer.from(`keystroke bench ${i}`, 'latin1');
    const head = Buffer.from([0xff, 0xfe, 0, 0]);
    head.writeUInt16BE(comment.length + 2, 2);
    writeFileSync(file, Buffer.concat([base.subarray(0, 2), head, comment, base.subarray(2)]));
    return file;
  });
}

function startHarness(dataDir: string): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/harness/cli.ts', '--port', '0', '--data', dataDir], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const match = /ready at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (match) resolve({ url: match[1]!, stop: () => child.kill('SIGTERM') });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`harness exited (${code}):\n${out}`)));
  });
}

const p95 = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]!;
};
const round = (n: number) => Math.round(n * 100) / 100;

const dir = mkdtempSync(path.join(os.tmpdir(), 'presswork-bench-keys-'));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
let harness: { url: string; stop: () => void } | null = null;
try {
  const paths = await fixtures(dir);
  harness = await startHarness(path.join(dir, 'data'));
  const page = await browser.newPage();
  await page.goto(harness.url);
  await page.getByRole('button', { name: 'New story' }).click();
  const body = page.getByRole('textbox', { name: 'Body' });
  await body.click();
  await page.evaluate(() => {
    const w = window as unknown as { __latencies: number[] };
    w.__latencies = [];
    document.addEventListener(
      'keydown',
      (e) => requestAnimationFrame(() => setTimeout(() => w.__latencies.push(performance.now() - e.timeStamp), 0)),
      true,
    );
  });
  const typeAndMeasure = async () => {
    await page.evaluate(() => ((window as unknown as { __latencies: number[] }).__latencies = []));
    for (let i = 0; i < KEYS; i++) await page.keyboard.type('abcdefghij klmnopqrst '[i % 22]!, { delay: 0 }).then(() => page.waitForTimeout(25));
    await page.waitForTimeout(100);
    return page.evaluate(() => (window as unknown as { __latencies: number[] }).__latencies);
  };

  const idle = await typeAndMeasure();
  // The user picks the files in the native dialog (the harness plays it: the shell grants tokens),
  // then the page imports them by token through its own socket.
  const bridge = (await page.locator('meta[name="presswork-bridge"]').getAttribute('content'))!;
  const chosen = await fetch(`${harness.url.replace(/\/$/, '')}${CHOOSE_FILES_PATH}?token=${new URL(bridge).searchParams.get('token')!}`, {
    method: 'POST',
    body: JSON.stringify({ paths }),
  });
  const tokens = ((await chosen.json()) as { token: string }[]).map((g) => g.token);
  const importDone = page.evaluate(async (files) => {
    const meta = document.querySelector<HTMLMetaElement>('meta[name="presswork-bridge"]')!;
    const ws = new WebSocket(meta.content);
    await new Promise((r) => ws.addEventListener('open', r, { once: true }));
    const started = performance.now();
    return new Promise<number>((resolve) => {
      ws.addEventListener('message', (event) => {
        const message = JSON.parse(String(event.data)) as { kind: string; name?: string; payload?: { completed: number; total: number } };
        if (message.kind === 'event' && message.name === 'mediaImportProgress' && message.payload!.completed === message.payload!.total) {
          ws.close();
          resolve(performance.now() - started);
        }
      });
      ws.send(JSON.stringify({ id: 1, op: 'importMediaFiles', input: { tokens: files } }));
    });
  }, tokens);
  await page.waitForTimeout(SETTLE_MS);
  const typingStarted = Date.now();
  const during = await typeAndMeasure();
  const typingEndedMs = SETTLE_MS + (Date.now() - typingStarted);
  const importMs = await importDone;
  const ratio = p95(during) / p95(idle);
  console.log(JSON.stringify({ name: 'media.editor.keystroke_p95_idle', unit: 'ms', p50: round([...idle].sort((a, b) => a - b)[Math.floor(idle.length / 2)]!), p95: round(p95(idle)), samples: idle.length }));
  console.log(JSON.stringify({ name: 'media.editor.keystroke_p95_during_import', unit: 'ms', p50: round([...during].sort((a, b) => a - b)[Math.floor(during.length / 2)]!), p95: round(p95(during)), samples: during.length, images: IMAGES, importSeconds: round(importMs / 1000), typingOverlappedImport: importMs > typingEndedMs }));
  console.log(JSON.stringify({ name: 'media.editor.keystroke_p95_ratio', unit: 'ratio', value: round(ratio), target: 1.2 }));
} finally {
  harness?.stop();
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
