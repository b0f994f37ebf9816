import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { isFinalImportState, MEDIA_FILTERS, type ImportFileOutcome, type MediaFilter, type MediaItem } from '../../shared/media/media-schema';
import { api, call } from '../bridge/api';
import { MediaDetail } from './MediaDetail';
import { MediaGrid, type GridQuery } from './MediaGrid';
import { pastedFiles, uploadFiles } from './upload-files';
import './media.css';

const FILTER_LABELS: Record<MediaFilter, string> = {
  all: 'All images',
  unused: 'Unused',
  missingAlt: 'Missing alt text',
  today: 'Imported today',
  trash: 'Trash',
};

const ACCEPT = 'image/jpeg,image/png,image/webp,image/gif,image/avif,image/tiff,.jpg,.jpeg,.png,.webp,.gif,.avif,.tif,.tiff';

interface BatchView {
  batchId: string;
  files: ImportFileOutcome[];
  cancelled: boolean;
}

const startOfToday = () => {
  const d = new Date();
  d.setHours(0, 0, 0, 0);
  return d.getTime();
};

/** The media library view: import (button, drop, paste), browse, search, filter, and edit an item. */
export function MediaLibrary() {
  const [search, setSearch] = useState('');
  const [debounced, setDebounced] = useState('');
  const [filter, setFilter] = useState<MediaFilter>('all');
  const [revision, setRevision] = useState(0);
  const [total, setTotal] = useState(0);
  const [selected, setSelected] = useState<MediaItem | null>(null);
  const [errors, setErrors] = useState<{ id: number; message: string }[]>([]);
  const [batches, setBatches] = useState<BatchView[]>([]);
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement | null>(null);
  const nextErrorId = useRef(1);
  const cancelled = useRef(new Set<string>());

  const report = useCallback((message: string) => {
    setErrors((list) => (list.some((e) => e.message === message) ? list : [...list, { id: nextErrorId.current++, message }]));
  }, []);
  const reportError = useCallback((e: unknown) => report(e instanceof Error ? e.message : String(e)), [report]);

  useEffect(() => {
    const timer = setTimeout(() => setDebounced(search), 200);
    return () => clearTimeout(timer);
  }, [search]);

  // A new object only when the query really changes, so the grid refetches only then.
  const query: GridQuery = useMemo(() => ({ query: debounced, filter, todayStart: startOfToday(), revision }), [debounced, filter, revision]);

  useEffect(() => {
    let refreshTimer: ReturnType<typeof setTimeout> | null = null;
    return api.onEvent('mediaImportProgress', (progress) => {
      setBatches((list) =>
        list.map((b) =>
          b.batchId === progress.batchId ? { ...b, files: b.files.map((f) => (f.index === progress.file.index ? progress.file : f)) } : b,
        ),
      );
      if (progress.file.state === 'failed' && progress.file.message) report(progress.file.message);
      if (progress.file.state === 'imported' || progress.file.state === 'duplicate') {
        // Coalesce reloads while a batch streams in.
        refreshTimer ??= setTimeout(() => {
          refreshTimer = null;
          setRevision((r) => r + 1);
        }, 250);
      }
    });
  }, [report]);

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

  // A paste with focus outside any field (e.g. after clicking the grid's background) still lands
  // here while the library is on screen; pastes into fields and other views are left alone.
  const region = useRef<HTMLElement>(null);
  useEffect(() => {
    const onPaste = (e: ClipboardEvent) => {
      const el = region.current;
      if (e.defaultPrevented || !el || el.offsetParent === null) return;
      const target = e.target instanceof HTMLElement ? e.target : null;
      if (target && target !== document.body && !el.contains(target)) return;
      if (target && el.contains(target)) return; // the region's own handler takes it
      const files = pastedFiles(e.clipboardData);
      if (files.length === 0) return;
      e.preventDefault();
      void importFiles(files);
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, [importFiles]);

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

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    void importFiles([...e.dataTransfer.files]);
  };
  const onDragOver = (e: DragEvent) => {
    if (![...e.dataTransfer.types].includes('Files')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };

  const onItemChanged = useCallback((item: MediaItem | null) => {
    setSelected(item);
    setRevision((r) => r + 1);
  }, []);

  const emptyTrash = async () => {
    try {
      const { deleted, kept } = await call('emptyMediaTrash', {});
      if (kept > 0) report(`${kept} image${kept === 1 ? ' was' : 's were'} kept in the trash because a story uses ${kept === 1 ? 'it' : 'them'} again.`);
      if (deleted > 0) setSelected(null);
      setRevision((r) => r + 1);
    } catch (e) {
      reportError(e);
    }
  };

  const active = batches.filter((b) => b.files.some((f) => !isFinalImportState(f.state)) || b.files.length > 0);
  return (
    <section
      ref={region}
      className={dragging ? 'media-library dragging' : 'media-library'}
      aria-label="Media library"
      onDragOver={onDragOver}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={onDrop}
      onPaste={(e) => {
        const files = pastedFiles(e.clipboardData);
        if (files.length === 0) return;
        e.preventDefault();
        void importFiles(files);
      }}
    >
      <div className="media-toolbar">
        <button type="button" className="primary" onClick={() => fileInput.current?.click()}>
          Import media
        </button>
        <input
          ref={fileInput}
          type="file"
          multiple
          accept={ACCEPT}
          hidden
          aria-label="Choose images to import"
          onChange={(e) => {
            const files = [...(e.currentTarget.files ?? [])];
            e.currentTarget.value = '';
            void importFiles(files);
          }}
        />
        <button type="button" onClick={() => folderInput.current?.click()}>
          Import folder
        </button>
        <input
          ref={(el) => {
            folderInput.current = el;
            // Not in React's typings: lets the picker choose a folder and hands over every file inside it.
            el?.setAttribute('webkitdirectory', '');
          }}
          type="file"
          multiple
          hidden
          aria-label="Choose a folder to import"
          onChange={(e) => {
            // A folder holds more than images (sidecars, notes): only image files are offered to the import.
            const files = [...(e.currentTarget.files ?? [])].filter((f) => f.type.startsWith('image/') && !/svg|heic|heif/.test(f.type));
            e.currentTarget.value = '';
            if (files.length === 0) report('That folder holds no JPEG, PNG, WebP, GIF, AVIF or TIFF images.');
            void importFiles(files);
          }}
        />
        <input type="search" aria-label="Search media" placeholder="Search filename, caption, credit, alt text" value={search} onChange={(e) => setSearch(e.target.value)} />
        <label className="media-filter">
          <span>Show</span>
          <select aria-label="Filter media" value={filter} onChange={(e) => setFilter(e.target.value as MediaFilter)}>
            {MEDIA_FILTERS.map((f) => (
              <option key={f} value={f}>
                {FILTER_LABELS[f]}
              </option>
            ))}
          </select>
        </label>
        {filter === 'trash' && total > 0 && (
          <button type="button" onClick={() => void emptyTrash()}>
            Empty trash
          </button>
        )}
        <span className="muted media-count" aria-live="polite">
          {total.toLocaleString()} {total === 1 ? 'image' : 'images'}
        </span>
      </div>

      {errors.length > 0 && (
        <div role="alert" className="media-errors">
          <ul>
            {errors.map((e) => (
              <li key={e.id}>{e.message}</li>
            ))}
          </ul>
          <button type="button" onClick={() => setErrors([])} aria-label="Dismiss import errors">
            ×
          </button>
        </div>
      )}

      {active.map((b) => {
        const done = b.files.filter((f) => isFinalImportState(f.state)).length;
        const running = done < b.files.length;
        return (
          <div key={b.batchId} className="media-batch" role="status" aria-label="Import progress">
            <div className="media-batch-head">
              <span>
                {running ? `Importing ${done} of ${b.files.length}…` : `Import finished: ${summary(b.files)}`}
              </span>
              <progress value={done} max={b.files.length} aria-label="Overall import progress" />
              {running && !b.cancelled && (
                <button type="button" onClick={() => void cancelBatch(b.batchId)}>
                  Cancel import
                </button>
              )}
              {!running && (
                <button type="button" aria-label="Close import summary" onClick={() => setBatches((list) => list.filter((x) => x.batchId !== b.batchId))}>
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
      })}

      <div className="media-body">
        <MediaGrid query={query} selectedId={selected?.id ?? null} onSelect={setSelected} onTotal={setTotal} onError={report} />
        {selected ? (
          <MediaDetail key={selected.id} item={selected} onChanged={onItemChanged} onError={report} />
        ) : (
          <aside className="media-detail empty muted">
            {total === 0 && filter === 'all' && debounced === ''
              ? 'No images yet. Press Import media, drop images here, or paste one.'
              : 'Select an image to edit its alt text, caption and credit.'}
          </aside>
        )}
      </div>
      {dragging && <div className="media-drop-hint" aria-hidden="true">Drop images to import them</div>}
    </section>
  );
}

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
