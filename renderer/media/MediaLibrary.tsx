import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState, type DragEvent } from 'react';
import type { MediaFilter, MediaItem } from '../../shared/media/media-schema';
import { queryKeys, type MediaListQuery } from '../app/query-keys';
import { useDebouncedValue } from '../app/use-debounced-value';
import { call } from '../bridge/api';
import { ImportBatches } from './ImportBatches';
import { ImportErrors } from './ImportErrors';
import { MediaDetail } from './MediaDetail';
import { MediaGrid } from './MediaGrid';
import { MediaToolbar } from './MediaToolbar';
import { pastedFiles } from './upload-files';
import { useDocumentPaste } from './use-document-paste';
import { useMediaImport } from './use-media-import';
import { useMediaFirstPage } from './use-media-pages';
import './media.css';

const startOfToday = () => {
  const d = new Date();
  d.setHours(0, 0, 0, 0);
  return d.getTime();
};

/** The media library view: import (button, drop, paste), browse, search, filter, and edit an item. */
export function MediaLibrary() {
  const client = useQueryClient();
  const [search, setSearch] = useState('');
  const debounced = useDebouncedValue(search, 200);
  const [filter, setFilter] = useState<MediaFilter>('all');
  const [selected, setSelected] = useState<MediaItem | null>(null);
  const [dragging, setDragging] = useState(false);
  const imports = useMediaImport();
  const { importFiles, report, reportError } = imports;
  const region = useRef<HTMLElement>(null);

  // A new object only when the query really changes, so the grid refetches only then.
  const query: MediaListQuery = useMemo(() => ({ query: debounced, filter, todayStart: startOfToday() }), [debounced, filter]);
  const total = useMediaFirstPage(query).data?.total ?? 0;
  const reloadMedia = useCallback(() => client.invalidateQueries({ queryKey: queryKeys.media }), [client]);

  const importAll = useCallback((files: File[]) => void importFiles(files), [importFiles]);
  useDocumentPaste(region, importAll);

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    importAll([...e.dataTransfer.files]);
  };
  const onDragOver = (e: DragEvent) => {
    if (![...e.dataTransfer.types].includes('Files')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };

  const onItemChanged = useCallback(
    (item: MediaItem | null) => {
      setSelected(item);
      void reloadMedia();
    },
    [reloadMedia],
  );

  const emptyTrash = async () => {
    try {
      const { deleted, kept } = await call('emptyMediaTrash', {});
      if (kept > 0) report(`${kept} image${kept === 1 ? ' was' : 's were'} kept in the trash because a story uses ${kept === 1 ? 'it' : 'them'} again.`);
      if (deleted > 0) setSelected(null);
      void reloadMedia();
    } catch (e) {
      reportError(e);
    }
  };

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
        importAll(files);
      }}
    >
      <MediaToolbar
        onImport={importAll}
        onEmptyFolder={() => report('That folder holds no JPEG, PNG, WebP, GIF, AVIF or TIFF images.')}
        search={search}
        onSearch={setSearch}
        filter={filter}
        onFilter={setFilter}
        total={total}
        onEmptyTrash={() => void emptyTrash()}
      />
      <ImportErrors errors={imports.errors} onDismiss={imports.dismissErrors} />
      <ImportBatches batches={imports.batches} onCancel={(id) => void imports.cancelBatch(id)} onClose={imports.closeBatch} />
      <div className="media-body">
        <MediaGrid query={query} selectedId={selected?.id ?? null} onSelect={setSelected} onError={report} />
        {selected ? (
          <MediaDetail key={selected.id} selected={selected} onChanged={onItemChanged} onError={report} />
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
