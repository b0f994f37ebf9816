import { isFinalImportState, type ImportFileOutcome } from '../../shared/media/media-schema';
import type { ImportBatch } from './use-media-import';

const STATE_LABELS: Record<ImportFileOutcome['state'], string> = {
  queued: 'waiting',
  uploading: 'reading',
  processing: 'processing',
  imported: 'imported',
  duplicate: 'already in the library',
  failed: 'not imported',
  cancelled: 'cancelled',
};

function summary(files: ImportFileOutcome[]): string {
  const count = (s: ImportFileOutcome['state']) => files.filter((f) => f.state === s).length;
  const parts = [
    [count('imported'), 'imported'],
    [count('duplicate'), 'already in the library'],
    [count('failed'), 'not imported'],
    [count('cancelled'), 'cancelled'],
  ] as const;
  return parts
    .filter(([n]) => n > 0)
    .map(([n, label]) => `${n} ${label}`)
    .join(', ');
}

export interface ImportBatchesProps {
  batches: ImportBatch[];
  onCancel: (batchId: string) => void;
  onClose: (batchId: string) => void;
}

/** Each import under way (file by file, with Cancel) or just finished (with its summary). */
export function ImportBatches({ batches, onCancel, onClose }: ImportBatchesProps) {
  const shown = batches.filter((b) => b.files.some((f) => !isFinalImportState(f.state)) || b.files.length > 0);
  return shown.map((b) => {
    const done = b.files.filter((f) => isFinalImportState(f.state)).length;
    const running = done < b.files.length;
    return (
      <div key={b.batchId} className="media-batch" role="status" aria-label="Import progress">
        <div className="media-batch-head">
          <span>{running ? `Importing ${done} of ${b.files.length}…` : `Import finished: ${summary(b.files)}`}</span>
          <progress value={done} max={b.files.length} aria-label="Overall import progress" />
          {running && !b.cancelled && (
            <button type="button" onClick={() => onCancel(b.batchId)}>
              Cancel import
            </button>
          )}
          {!running && (
            <button type="button" aria-label="Close import summary" onClick={() => onClose(b.batchId)}>
              ×
            </button>
          )}
        </div>
        <ul className="media-batch-files">
          {b.files.map((f) => (
            <li key={f.index} data-state={f.state}>
              <span className="media-batch-name">{f.name}</span> <span className="muted">{STATE_LABELS[f.state]}</span>
            </li>
          ))}
        </ul>
      </div>
    );
  });
}
