import os from 'node:os';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { IMAGE_WORK_NICE, lowerImageThreadPriority } from '../../../electron/media/thread-priority';
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
