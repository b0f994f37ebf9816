import { expect, type Page } from '@playwright/test';
import sharp from 'sharp';

/** Calls an operation through the page's own bridge, as the renderer would. */
export async function core(page: Page, op: string, input: unknown): Promise<unknown> {
  return page.evaluate(
    async ({ op, input }) => {
      const meta = document.querySelector<HTMLMetaElement>('meta[name="presswork-bridge"]');
      const ws = new WebSocket(meta!.content);
      await new Promise((resolve) => ws.addEventListener('open', resolve, { once: true }));
      const result = await new Promise<{ ok: boolean; value?: unknown; error?: { message: string } }>((resolve) => {
        ws.addEventListener('message', (event) => {
          const m = JSON.parse(String(event.data)) as { kind: string; result: { ok: boolean; value?: unknown } };
          if (m.kind === 'result') resolve(m.result);
        });
        ws.send(JSON.stringify({ id: 1, op, input }));
      });
      ws.close();
      if (!result.ok) throw new Error(result.error?.message ?? 'operation failed');
      return result.value;
    },
    { op, input },
  );
}

/** Imports a small generated PNG (of one colour: another colour is another image) through the bridge and waits until it is listed. */
export async function importTestImage(page: Page, name: string, expectedTotal = 1, colour = '#c0392b'): Promise<void> {
  const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: colour } }).png().toBuffer();
  const batch = (await core(page, 'startMediaImport', { files: [{ name, size: png.length }] })) as { batchId: string };
  await core(page, 'uploadMediaChunk', { batchId: batch.batchId, index: 0, offset: 0, data: png.toString('base64') });
  const total = async () => ((await core(page, 'listMedia', { query: '', filter: 'all', todayStart: 0, offset: 0, limit: 10 })) as { total: number }).total;
  await expect.poll(total, { timeout: 20_000 }).toBe(expectedTotal);
}
