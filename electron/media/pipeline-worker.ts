import sharp from 'sharp';
import { parentPort } from 'node:worker_threads';
import { ImageRefused, processImage, type ProcessJob } from './process-image';
import { lowerImageThreadPriority } from './thread-priority';

/** Messages between the core and this worker: one request, one answer, matched by id. */
export type WorkerRequest = { id: number; job: ProcessJob };
export type WorkerAnswer =
  | { id: number; ok: true; image: Awaited<ReturnType<typeof processImage>> }
  | { id: number; ok: false; message: string; refused: boolean };

// libvips' operation cache would hold decoded originals between unrelated imports.
sharp.cache(false);
// Defence in depth behind the magic-byte check: decoders for formats the library refuses are never reachable.
sharp.block({ operation: ['VipsForeignLoadSvg', 'VipsForeignLoadPdf', 'VipsForeignLoadMagick', 'VipsForeignLoadOpenslide', 'VipsForeignLoadFits', 'VipsForeignLoadVips', 'VipsForeignLoadMat', 'VipsForeignLoadPpm', 'VipsForeignLoadRad', 'VipsForeignLoadCsv', 'VipsForeignLoadMatrix', 'VipsForeignLoadJp2k', 'VipsForeignLoadJxl'] });

const port = parentPort;
if (!port) throw new Error('pipeline-worker runs as a worker thread');

port.on('message', (request: WorkerRequest) => {
  lowerImageThreadPriority();
  processImage(request.job).finally(lowerImageThreadPriority).then(
    (image) => port.postMessage({ id: request.id, ok: true, image } satisfies WorkerAnswer),
    (error: unknown) =>
      port.postMessage({
        id: request.id,
        ok: false,
        refused: error instanceof ImageRefused,
        message: error instanceof ImageRefused ? error.message : `“${request.job.name}” was not imported: ${error instanceof Error ? error.message : String(error)}.`,
      } satisfies WorkerAnswer),
  );
});
