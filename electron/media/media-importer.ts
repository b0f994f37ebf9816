import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { mkdir, open, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { errorMessage, UserFacingError } from '../../shared/contract/result';
import {
  isFinalImportState,
  MEDIA_CHUNK_BYTES,
  MEDIA_MAX_BYTES,
  type ImportFileOutcome,
  type ImportProgress,
} from '../../shared/media/media-schema';
import type { MediaPipeline } from './media-pipeline';
import type { MediaStore } from './media-store';
import { TEMP_DIR, type ProcessJob } from './process-image';
import { SNIFF_BYTES, sniffFormat } from './sniff-format';

interface BatchFile extends ImportFileOutcome {
  size: number;
  /** Bytes received so far, for uploads. */
  received: number;
  /** Where the bytes are: the user's own file, or this batch's upload temp file. */
  source: string;
  upload: boolean;
}

interface Batch {
  id: string;
  files: BatchFile[];
  cancelled: boolean;
  settled: Promise<void>;
  settle: () => void;
}

/**
 * Import batches: files arrive as uploaded chunks (renderer File objects, over IPC or the harness
 * socket) or as paths (Electron's native dialog), go through the pipeline worker one by one, and land
 * in the library. Every file ends in exactly one final state, reported as an event; one bad file
 * never stops the rest.
 */
export class MediaImporter {
  private readonly batches = new Map<string, Batch>();
  private readonly tempDir: string;

  constructor(
    private readonly mediaDir: string,
    private readonly store: MediaStore,
    private readonly pipeline: MediaPipeline,
    private readonly emit: (progress: ImportProgress) => void,
  ) {
    this.tempDir = path.join(mediaDir, TEMP_DIR);
  }

  /** Removes what a crash left in the temp folder: nothing in it was ever part of the library. */
  sweepTemp(): void {
    rmSync(this.tempDir, { recursive: true, force: true });
    mkdirSync(this.tempDir, { recursive: true });
  }

  /** Opens a batch for uploads; files that are empty or too large fail at once, before any byte is sent. */
  startUpload(files: { name: string; size: number }[]): { batchId: string; files: ImportFileOutcome[] } {
    const batch = this.newBatch(
      files.map((f, index) => ({
        index,
        name: f.name,
        size: f.size,
        state: 'queued',
        received: 0,
        source: '',
        upload: true,
      })),
    );
    for (const file of batch.files) {
      file.source = path.join(this.tempDir, `upload-${batch.id}-${file.index}.part`);
      if (file.size === 0) this.finish(batch, file, { state: 'failed', message: `“${file.name}” was not imported: it is empty (0 bytes).` });
      else if (file.size > MEDIA_MAX_BYTES) {
        this.finish(batch, file, {
          state: 'failed',
          message: `“${file.name}” was not imported: it is ${mb(file.size)}; Presswork imports images up to ${mb(MEDIA_MAX_BYTES)}.`,
        });
      }
    }
    this.checkSettled(batch);
    return { batchId: batch.id, files: batch.files.map(outcome) };
  }

  /**
   * Appends one chunk of an uploaded file. Chunks come in order; the first is sniffed so a renamed
   * text file or a PDF is refused before the rest is sent. Answers the file's state, so the sender
   * knows whether to go on.
   */
  async uploadChunk(batchId: string, index: number, offset: number, base64: string): Promise<ImportFileOutcome> {
    const batch = this.batches.get(batchId);
    const file = batch?.files[index];
    if (!batch || !file) throw new UserFacingError('not_found', 'That import is no longer running; start it again.');
    if (isFinalImportState(file.state)) return outcome(file);
    const bytes = Buffer.from(base64, 'base64');
    if (offset !== file.received) throw new UserFacingError('invalid_input', `“${file.name}”: its upload arrived out of order; import it again.`);
    if (bytes.length === 0 || bytes.length > MEDIA_CHUNK_BYTES || offset + bytes.length > file.size) {
      throw new UserFacingError('invalid_input', `“${file.name}”: its upload does not match its declared size; import it again.`);
    }
    if (offset === 0) {
      const sniffed = sniffFormat(bytes.subarray(0, SNIFF_BYTES));
      if (!sniffed.ok) {
        this.finish(batch, file, { state: 'failed', message: `“${file.name}” was not imported: ${sniffed.why}.` });
        this.checkSettled(batch);
        return outcome(file);
      }
      this.update(batch, file, { state: 'uploading' });
    }
    await mkdir(this.tempDir, { recursive: true });
    const handle = await open(file.source, offset === 0 ? 'w' : 'a');
    try {
      await handle.writeFile(bytes);
      if (offset + bytes.length === file.size) await handle.sync();
    } finally {
      await handle.close();
    }
    file.received += bytes.length;
    // Cancelled while this chunk was being written: the file must not linger.
    if (batch.cancelled || isFinalImportState(file.state)) {
      await rm(file.source, { force: true });
      return outcome(file);
    }
    if (file.received === file.size) this.enqueue(batch, file);
    return outcome(file);
  }

  /** Imports files by path (Electron's native dialog); processing goes on after this answers. */
  async importPaths(paths: string[]): Promise<{ batchId: string; files: ImportFileOutcome[] }> {
    const entries: BatchFile[] = [];
    for (const [index, p] of paths.entries()) {
      let size = -1;
      try {
        const info = await stat(p);
        if (info.isFile()) size = info.size;
      } catch {
        size = -1;
      }
      entries.push({ index, name: path.basename(p), size, state: 'queued', received: size, source: p, upload: false });
    }
    const batch = this.newBatch(entries);
    for (const file of batch.files) {
      if (file.size < 0) this.finish(batch, file, { state: 'failed', message: `“${file.name}” was not imported: it is not a file Presswork can read.` });
      else this.enqueue(batch, file);
    }
    this.checkSettled(batch);
    return { batchId: batch.id, files: batch.files.map(outcome) };
  }

  /**
   * Stops a batch: files not yet in the worker are cancelled and their uploads deleted; those in the
   * worker that have not started decoding are cancelled there (and report so); the ones being
   * decoded and encoded finish.
   */
  async cancel(batchId: string): Promise<ImportFileOutcome[]> {
    const batch = this.batches.get(batchId);
    if (!batch) throw new UserFacingError('not_found', 'That import has already finished.');
    batch.cancelled = true;
    const sources = new Set(batch.files.map((f) => f.source));
    const dropped = new Set(this.pipeline.drop((job) => sources.has(job.source)).map((job) => job.source));
    for (const file of batch.files) {
      if (isFinalImportState(file.state)) continue;
      // Already in the worker: it finishes atomically or stops before decoding, and reports either way.
      if (file.state === 'processing' && !dropped.has(file.source)) continue;
      this.finish(batch, file, { state: 'cancelled' });
      if (file.upload) await rm(file.source, { force: true });
    }
    this.checkSettled(batch);
    return batch.files.map(outcome);
  }

  /** Resolves with every file's final outcome; for tests and the benchmark. */
  async settled(batchId: string): Promise<ImportFileOutcome[]> {
    const batch = this.batches.get(batchId);
    if (!batch) throw new UserFacingError('not_found', 'That import is unknown.');
    await batch.settled;
    return batch.files.map(outcome);
  }

  private enqueue(batch: Batch, file: BatchFile): void {
    this.update(batch, file, { state: 'processing' });
    const job: ProcessJob = { source: file.source, name: file.name, mediaDir: this.mediaDir, moveSource: file.upload };
    void this.pipeline
      .process(job)
      .then(async (result) => {
        if (isFinalImportState(file.state)) return;
        if (!result.ok) {
          if (file.upload) await rm(file.source, { force: true });
          this.finish(batch, file, result.cancelled ? { state: 'cancelled' } : { state: 'failed', message: result.message });
        } else {
          const { image } = result;
          const credit = image.credits.credit || image.credits.creator || image.credits.copyright;
          const added = this.store.add({
            sha256: image.sha256,
            filename: file.name,
            format: image.format,
            width: image.width,
            height: image.height,
            byteSize: image.byteSize,
            caption: image.credits.caption,
            credit,
            source: image.credits.source,
            licence: image.credits.copyright,
          });
          this.finish(batch, file, { state: added.duplicate ? 'duplicate' : 'imported', mediaId: added.item.id });
        }
        this.checkSettled(batch);
      })
      .catch((error: unknown) => {
        this.finish(batch, file, { state: 'failed', message: `“${file.name}” was not imported: ${errorMessage(error)}.` });
        this.checkSettled(batch);
      });
  }

  private newBatch(files: BatchFile[]): Batch {
    let settle = () => {};
    const settled = new Promise<void>((resolve) => (settle = resolve));
    const batch: Batch = { id: randomUUID(), files, cancelled: false, settled, settle };
    this.batches.set(batch.id, batch);
    return batch;
  }

  private update(batch: Batch, file: BatchFile, change: Partial<ImportFileOutcome>): void {
    Object.assign(file, change);
    this.emit({ batchId: batch.id, file: outcome(file), completed: batch.files.filter((f) => isFinalImportState(f.state)).length, total: batch.files.length });
  }

  private finish(batch: Batch, file: BatchFile, change: Partial<ImportFileOutcome>): void {
    if (isFinalImportState(file.state)) return;
    this.update(batch, file, change);
  }

  private checkSettled(batch: Batch): void {
    if (batch.files.every((f) => isFinalImportState(f.state))) {
      batch.settle();
      // Kept briefly so a late `settled()` call still answers; a finished batch holds no files.
      setTimeout(() => this.batches.delete(batch.id), 60_000).unref();
    }
  }
}

function outcome(file: BatchFile): ImportFileOutcome {
  const { index, name, state, message, mediaId } = file;
  return { index, name, state, ...(message ? { message } : {}), ...(mediaId ? { mediaId } : {}) };
}

const mb = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;
