import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../shared/contract/result';
import { isFinalImportState, type ImportFileOutcome } from '../../shared/media/media-schema';
import { api, call } from '../bridge/api';
import { uploadFiles } from './upload-files';

export interface ImportBatch {
  batchId: string;
  files: ImportFileOutcome[];
  cancelled: boolean;
}

export interface ImportError {
  id: number;
  message: string;
}

/**
 * The imports started from this view and what went wrong: each batch's files as the core reports
 * them, and one list of readable errors (the same message once).
 */
export function useMediaImport() {
  const [batches, setBatches] = useState<ImportBatch[]>([]);
  const [errors, setErrors] = useState<ImportError[]>([]);
  const nextErrorId = useRef(1);
  const cancelled = useRef(new Set<string>());

  const report = useCallback((message: string) => {
    setErrors((list) => (list.some((e) => e.message === message) ? list : [...list, { id: nextErrorId.current++, message }]));
  }, []);
  const reportError = useCallback((e: unknown) => report(errorMessage(e)), [report]);

  useEffect(
    () =>
      api.onEvent('mediaImportProgress', (progress) => {
        setBatches((list) =>
          list.map((b) => (b.batchId === progress.batchId ? { ...b, files: b.files.map((f) => (f.index === progress.file.index ? progress.file : f)) } : b)),
        );
        if (progress.file.state === 'failed' && progress.file.message) report(progress.file.message);
      }),
    [report],
  );

  const importFiles = useCallback(
    async (files: File[]) => {
      if (files.length === 0) return;
      try {
        const handle = await uploadFiles(files, (batchId) => cancelled.current.has(batchId));
        setBatches((list) => [...list.filter((b) => b.files.some((f) => !isFinalImportState(f.state))), { batchId: handle.batchId, files: handle.files, cancelled: false }]);
        for (const f of handle.files) if (f.state === 'failed' && f.message) report(f.message);
        await handle.sent;
      } catch (e) {
        reportError(e);
      }
    },
    [report, reportError],
  );

  const cancelBatch = async (batchId: string) => {
    cancelled.current.add(batchId);
    setBatches((list) => list.map((b) => (b.batchId === batchId ? { ...b, cancelled: true } : b)));
    try {
      const files = await call('cancelMediaImport', { batchId });
      setBatches((list) => list.map((b) => (b.batchId === batchId ? { ...b, files } : b)));
    } catch (e) {
      reportError(e);
    }
  };

  const closeBatch = (batchId: string) => setBatches((list) => list.filter((b) => b.batchId !== batchId));
  const dismissErrors = () => setErrors([]);

  return { batches, errors, report, reportError, importFiles, cancelBatch, closeBatch, dismissErrors };
}
