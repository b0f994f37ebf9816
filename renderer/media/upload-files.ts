import { MEDIA_CHUNK_BYTES, isFinalImportState, type ImportFileOutcome } from '../../shared/media/media-schema';
import { call } from '../bridge/api';

/** A blob as base64 without its data-URL prefix; the browser encodes natively, off the JS heap's hot path. */
function base64Of(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(blob);
  });
}

export interface UploadHandle {
  batchId: string;
  files: ImportFileOutcome[];
  /** Resolves once every file has been sent (or refused or cancelled); processing may still be going on. */
  sent: Promise<void>;
}

/**
 * Starts an import batch for File objects (picker, drop or paste) and sends each file in order in
 * chunks. Processing happens in the core as each file's last chunk arrives; progress comes back as
 * `mediaImportProgress` events. A file the core refuses mid-way (e.g. its first bytes show it is
 * not an image) is not sent further; `isCancelled` stops the rest.
 */
export async function uploadFiles(files: File[], isCancelled: (batchId: string) => boolean): Promise<UploadHandle> {
  const start = await call('startMediaImport', { files: files.map((f) => ({ name: f.name || 'unnamed', size: f.size })) });
  const sent = (async () => {
    for (const [index, file] of files.entries()) {
      if (start.files[index]?.state !== 'queued') continue;
      for (let offset = 0; offset < file.size; offset += MEDIA_CHUNK_BYTES) {
        if (isCancelled(start.batchId)) return;
        const data = await base64Of(file.slice(offset, offset + MEDIA_CHUNK_BYTES));
        const answer = await call('uploadMediaChunk', { batchId: start.batchId, index, offset, data });
        if (isFinalImportState(answer.state)) break;
      }
    }
  })();
  return { batchId: start.batchId, files: start.files, sent };
}

/** Files from a paste: images copied from a browser or a screenshot tool arrive nameless or as "image.png". */
export function pastedFiles(data: DataTransfer | null): File[] {
  if (!data) return [];
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  return [...data.files].map((file, i) => {
    if (file.name && file.name !== 'image.png') return file;
    const ext = file.type.split('/')[1]?.replace('jpeg', 'jpg') ?? 'png';
    return new File([file], `pasted-${stamp}${i > 0 ? `-${i + 1}` : ''}.${ext}`, { type: file.type });
  });
}
