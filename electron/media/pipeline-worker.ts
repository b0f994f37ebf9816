import sharp from 'sharp';
import { parentPort } from 'node:worker_threads';
import { ImageCancelled, ImageRefused, processImage, type ProcessJob } from './process-image';
import { lowerImageThreadPriority, lowerOwnThreadPriority } from './thread-priority';
import { errorMessage } from '../../shared/contract/result';

/** Messages between the core and this worker: one request, one answer, matched by id; or a cancel for jobs sent earlier. */
export type WorkerRequest = { id: number; job: ProcessJob };
export type WorkerCancel = { cancel: number[] };
export type WorkerAnswer =
  | { id: number; ok: true; image: Awaited<ReturnType<typeof processImage>> }
  | { id: number; ok: false; message: string; refused: boolean; cancelled?: true };

// libvips' operation cache would hold decoded originals between unrelated imports.
sharp.cache(false);
// Defence in depth behind the magic-byte check: decoders for formats the library refuses are never reachable.
sharp.block({ operation: ['VipsForeignLoadSvg', 'VipsForeignLoadPdf', 'VipsForeignLoadMagick', 'VipsForeignLoadOpenslide', 'VipsForeignLoadFits', 'VipsForeignLoadVips', 'VipsForeignLoadMat', 'VipsForeignLoadPpm', 'VipsForeignLoadRad', 'VipsForeignLoadCsv', 'VipsForeignLoadMatrix', 'VipsForeignLoadJp2k', 'VipsForeignLoadJxl'] });

const port = parentPort;
if (!port) throw new Error('pipeline-worker runs as a worker thread');
lowerOwnThreadPriority();

/** Jobs in this worker, so a cancel can reach those that have not started decoding yet. */
const inFlight = new Map<number, AbortController>();

port.on('message', (message: WorkerRequest | WorkerCancel) => {
  if ('cancel' in message) {
    for (const id of message.cancel) inFlight.get(id)?.abort();
    return;
  }
  const request = message;
  const controller = new AbortController();
  inFlight.set(request.id, controller);
  lowerImageThreadPriority();
  processImage(request.job, controller.signal)
    .finally(() => {
      inFlight.delete(request.id);
      lowerImageThreadPriority();
    })
    .then(
      (image) => port.postMessage({ id: request.id, ok: true, image } satisfies WorkerAnswer),
      (error: unknown) =>
        port.postMessage({
          id: request.id,
          ok: false,
          refused: error instanceof ImageRefused,
          ...(error instanceof ImageCancelled ? { cancelled: true as const } : {}),
          message:
            error instanceof ImageRefused || error instanceof ImageCancelled
              ? error.message
              : `“${request.job.name}” was not imported: ${errorMessage(error)}.`,
        } satisfies WorkerAnswer),
    );
});
