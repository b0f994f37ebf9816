import os from 'node:os';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { IMAGE_WORK_NICE, lowerImageThreadPriority, lowerOwnThreadPriority } from '../../../electron/media/thread-priority';
import { readdirSync, readFileSync } from 'node:fs';

describe('lowerImageThreadPriority', () => {
  it.runIf(process.platform === 'linux')('lowers every libvips thread, and only those', async () => {
    await sharp({ create: { width: 1500, height: 1500, channels: 3, background: '#fff' } }).resize(300).jpeg().toBuffer();
    expect(lowerImageThreadPriority()).toBeGreaterThan(0);
    for (const tid of readdirSync('/proc/self/task')) {
      const libvips = readFileSync(`/proc/self/task/${tid}/comm`, 'utf8').startsWith('libvips');
      if (libvips) expect(os.getPriority(Number(tid))).toBeGreaterThanOrEqual(IMAGE_WORK_NICE);
    }
    expect(os.getPriority(process.pid)).toBeLessThan(IMAGE_WORK_NICE);
  });

  it('does nothing where there is no /proc', () => {
    expect(lowerImageThreadPriority('/nonexistent/task')).toBe(0);
  });
});

describe('lowerOwnThreadPriority', () => {
  it.runIf(process.platform === 'linux')('lowers the calling worker thread, not the process it runs in', async () => {
    const { Worker } = await import('node:worker_threads');
    // Node 20 does not apply `--import tsx` to a worker, so the worker registers tsx's loader itself.
    const module = JSON.stringify(new URL('../../../electron/media/thread-priority.ts', import.meta.url).href);
    const source = `
      const { parentPort } = require('node:worker_threads');
      const os = require('node:os');
      import('tsx/esm/api').then((api) => api.register()).then(() => import(${module})).then(({ lowerOwnThreadPriority }) => {
        const tid = lowerOwnThreadPriority();
        parentPort.postMessage({ tid, nice: tid === null ? null : os.getPriority(tid) });
      });`;
    const worker = new Worker(source, { eval: true });
    const answer = await new Promise<{ tid: number | null; nice: number | null }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    expect(answer.tid).not.toBe(process.pid);
    expect(answer.nice).toBe(IMAGE_WORK_NICE);
    expect(os.getPriority(process.pid)).toBeLessThan(IMAGE_WORK_NICE);
  });

  it('does nothing where there is no /proc', () => {
    expect(lowerOwnThreadPriority('/nonexistent/thread-self')).toBeNull();
  });
});
