import type { ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { MEDIA_MAX_BYTES } from '../../../shared/media/media-schema';
import { DOWNLOAD_DEADLINE_MS, WordPressClient } from '../../../electron/wordpress/wordpress-client';
import { listenClosedAfterEach } from './support/hostile-site';

const site = listenClosedAfterEach();

const noRetry = { maxAttempts: 1, baseDelayMs: 0, maxDelayMs: 0, maxRetryAfterMs: 0 };
const MB = 1024 * 1024;

/**
 * Writes `total` bytes in 1 MB chunks without a Content-Length, waiting for the socket to drain;
 * says whether the reader hung up before the end.
 */
function stream(res: ServerResponse, total: number, chunk: Buffer, outcome: { finished: boolean; cut: boolean; written: number }): void {
  res.writeHead(200, { 'Content-Type': 'application/json' });
  res.on('close', () => {
    if (!outcome.finished) outcome.cut = true;
  });
  const next = () => {
    while (outcome.written < total) {
      if (res.destroyed) return;
      outcome.written += chunk.byteLength;
      if (!res.write(chunk)) {
        res.once('drain', next);
        return;
      }
    }
    outcome.finished = true;
    res.end();
  };
  next();
}

describe('answers have a size limit', () => {
  it('a 33 MB JSON answer is refused with a clear error, without the answer on the heap', async () => {
    const outcome = { finished: false, cut: false, written: 0 };
    const chunk = Buffer.alloc(MB, 0x20);
    chunk[0] = 0x5b; // '[': the start of a (too long) JSON array
    const hostile = await site((_req, res) => stream(res, 33 * MB, chunk, outcome));
    const client = new WordPressClient({ apiRoot: `${hostile.origin}/wp-json/`, policy: noRetry });
    const before = process.memoryUsage();
    await expect(client.get('/wp/v2/posts')).rejects.toThrow(`127.0.0.1:${hostile.port} sent more than 32 MB for one answer; Presswork stopped reading.`);
    const after = process.memoryUsage();
    // The body is held as bytes up to the cap at most, never as a string or a parsed value on top.
    expect(after.heapUsed - before.heapUsed).toBeLessThan(20 * MB);
  });

  it('a 400 MB answer: the reading stops near the cap and the site sees the connection closed before it finished', async () => {
    const outcome = { finished: false, cut: false, written: 0 };
    const hostile = await site((_req, res) => stream(res, 400 * MB, Buffer.alloc(MB, 0x20), outcome));
    const client = new WordPressClient({ apiRoot: `${hostile.origin}/wp-json/`, policy: noRetry });
    const before = process.memoryUsage().rss;
    await expect(client.get('/wp/v2/posts')).rejects.toThrow(/sent more than 32 MB for one answer/);
    const grown = process.memoryUsage().rss - before;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(outcome.finished).toBe(false);
    expect(outcome.cut).toBe(true);
    expect(outcome.written).toBeLessThan(64 * MB);
    expect(grown).toBeLessThan(200 * MB);
  });

  it('an attachment over 64 MB is refused', async () => {
    expect(MEDIA_MAX_BYTES).toBe(64 * MB);
    const outcome = { finished: false, cut: false, written: 0 };
    const hostile = await site((_req, res) => stream(res, 65 * MB, Buffer.alloc(MB, 0xff), outcome));
    const client = new WordPressClient({ apiRoot: `${hostile.origin}/wp-json/`, policy: noRetry });
    await expect(client.download(`${hostile.origin}/wp-content/uploads/huge.jpg`, MEDIA_MAX_BYTES)).rejects.toThrow(/larger than the 64 MB Presswork imports/);
  });

  it('an attachment trickling at 1 byte a second fails at the total deadline, retries included', async () => {
    const hostile = await site((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'image/jpeg' });
      const timer = setInterval(() => res.write(Buffer.from([0xff])), 1_000);
      res.on('close', () => clearInterval(timer));
    });
    const client = new WordPressClient({ apiRoot: `${hostile.origin}/wp-json/`, downloadDeadlineMs: 1_500, sleep: () => Promise.resolve() });
    expect(new WordPressClient({ apiRoot: `${hostile.origin}/wp-json/` }).downloadDeadlineMs).toBe(60_000);
    expect(DOWNLOAD_DEADLINE_MS).toBe(60_000);
    const started = Date.now();
    await expect(client.download(`${hostile.origin}/wp-content/uploads/slow.jpg`, MEDIA_MAX_BYTES)).rejects.toThrow(
      `The image on 127.0.0.1:${hostile.port} took more than 2 s to download; Presswork stopped.`,
    );
    const took = Date.now() - started;
    expect(took).toBeGreaterThanOrEqual(1_400);
    expect(took).toBeLessThan(3_000);
  });
});
