import type { Database } from 'better-sqlite3';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { EventHub } from '../events/event-hub';
import { FileGrants } from './file-grants';
import { MediaImporter } from './media-importer';
import { MediaPipeline, type WorkerLocation } from './media-pipeline';
import { MediaStore } from './media-store';
import { itemDir } from './media-url';

export interface MediaCapability {
  /** <dataDir>/media: the content-addressed folder the app protocol serves renditions from. */
  mediaDir: string;
  store: MediaStore;
  importer: MediaImporter;
  /** Files the user chose in a native dialog, as tokens the renderer imports by. */
  grants: FileGrants;
  /** Deletes the files of these bytes unless a row still refers to them. */
  removeFiles(sha256: string): Promise<void>;
  close(): Promise<void>;
}

/** The media library as the core composes it: catalogue, import batches and the pipeline worker. */
export function createMedia(options: { db: Database; dataDir: string; events: EventHub; now?: () => number; worker?: WorkerLocation }): MediaCapability {
  const mediaDir = path.join(options.dataDir, 'media');
  const store = new MediaStore(options.db, options.now);
  const pipeline = new MediaPipeline(options.worker);
  const importer = new MediaImporter(mediaDir, store, pipeline, (progress) => options.events.emit('mediaImportProgress', progress));
  importer.sweepTemp();
  const removeFiles = async (sha256: string) => {
    if (!store.hasSha(sha256)) await rm(itemDir(mediaDir, sha256), { recursive: true, force: true });
  };
  return {
    mediaDir,
    store,
    importer,
    grants: new FileGrants(options.now),
    removeFiles,
    close: () => pipeline.close(),
  };
}
