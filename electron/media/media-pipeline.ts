import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ProcessedImage, ProcessJob } from './process-image';
import type { WorkerAnswer, WorkerCancel, WorkerRequest } from './pipeline-worker';

/** `cancelled`: the job was in the worker but stopped (on `drop`) before its decoding started. */
export type PipelineOutcome = { ok: true; image: ProcessedImage } | { ok: false; message: string; cancelled?: true };

/** Where the worker's code is: a built script, or TypeScript source that Node loads through tsx. */
export type WorkerLocation = { kind: 'script'; file: string } | { kind: 'typescript'; url: string };

/**
 * The bundled Electron main (CommonJS) finds the worker built beside it (scripts/build-electron.mjs);
 * from source (tsx, vitest, the harness) the worker is TypeScript.
 */
export function defaultWorkerLocation(): WorkerLocation {
  if (typeof __filename === 'string' && __filename.endsWith('.cjs')) {
    return { kind: 'script', file: path.join(path.dirname(__filename), 'media-worker.cjs') };
  }
  return { kind: 'typescript', url: new URL('./pipeline-worker.ts', import.meta.url).href };
}

function startWorker(location: WorkerLocation): Worker {
  if (location.kind === 'script') return new Worker(location.file);
  // Node 20 does not apply `--import tsx` to a worker's execArgv, so register tsx's loader inside it first.
  const bootstrap = `import('tsx/esm/api').then((api) => api.register()).then(() => import(${JSON.stringify(location.url)}))`;
  return new Worker(bootstrap, { eval: true });
}

interface Pending {
  request: WorkerRequest;
  resolve: (outcome: PipelineOutcome) => void;
}

/**
 * Runs image jobs in a worker thread so decoding and encoding never block the core's event loop.
 * At most `parallel` jobs are in the worker at once; the rest wait here, so memory stays bounded
 * however large the batch. Inside the worker two of them decode and encode at a time (ENCODE_SLOTS
 * in process-image.ts); the third reads, hashes, writes and fsyncs meanwhile, so the cores never
 * wait for the disk.
 */
export class MediaPipeline {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly waiting: Pending[] = [];
  private readonly running = new Map<number, Pending>();
  private closed = false;

  constructor(
    private readonly location: WorkerLocation = defaultWorkerLocation(),
    private readonly parallel = 3,
  ) {}

  process(job: ProcessJob): Promise<PipelineOutcome> {
    if (this.closed) return Promise.resolve({ ok: false, message: `“${job.name}” was not imported: Presswork is closing.` });
    return new Promise((resolve) => {
      this.waiting.push({ request: { id: this.nextId++, job }, resolve });
      this.pump();
    });
  }

  /**
   * For cancelling a batch: answers the jobs not yet sent to the worker, now dropped. Those in the
   * worker that have not started decoding stop there and resolve as `cancelled`; the rest finish.
   */
  drop(predicate: (job: ProcessJob) => boolean): ProcessJob[] {
    const dropped: ProcessJob[] = [];
    for (let i = this.waiting.length - 1; i >= 0; i--) {
      const pending = this.waiting[i]!;
      if (predicate(pending.request.job)) {
        this.waiting.splice(i, 1);
        dropped.unshift(pending.request.job);
      }
    }
    const running = [...this.running.values()].filter((pending) => predicate(pending.request.job)).map((pending) => pending.request.id);
    if (running.length > 0) this.worker?.postMessage({ cancel: running } satisfies WorkerCancel);
    return dropped;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.waiting.splice(0)) pending.resolve({ ok: false, message: `“${pending.request.job.name}” was not imported: Presswork is closing.` });
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }

  private pump(): void {
    while (this.running.size < this.parallel && this.waiting.length > 0) {
      const pending = this.waiting.shift()!;
      this.running.set(pending.request.id, pending);
      this.ensureWorker().postMessage(pending.request);
    }
    // Alive while it has work, so a script awaiting an import does not exit under it; idle, it must not hold a process open.
    if (this.running.size > 0) this.worker?.ref();
    else this.worker?.unref();
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = startWorker(this.location);
    worker.on('message', (answer: WorkerAnswer) => {
      const pending = this.running.get(answer.id);
      if (!pending) return;
      this.running.delete(answer.id);
      pending.resolve(answer.ok ? { ok: true, image: answer.image } : { ok: false, message: answer.message, ...(answer.cancelled ? { cancelled: true as const } : {}) });
      this.pump();
    });
    const fail = (why: string) => {
      if (this.worker !== worker) return;
      this.worker = null;
      // Whatever was in flight is lost with the worker; say so per file and start afresh for the rest.
      for (const pending of this.running.values()) {
        pending.resolve({ ok: false, message: `“${pending.request.job.name}” was not imported: the image processor stopped (${why}).` });
      }
      this.running.clear();
      if (!this.closed) this.pump();
    };
    worker.on('error', (error) => fail(error.message));
    worker.on('exit', (code) => fail(`exit code ${code}`));
    this.worker = worker;
    return worker;
  }
}
