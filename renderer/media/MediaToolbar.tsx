import { useRef } from 'react';
import { MEDIA_FILTERS, type MediaFilter } from '../../shared/media/media-schema';

const FILTER_LABELS: Record<MediaFilter, string> = {
  all: 'All images',
  unused: 'Unused',
  missingAlt: 'Missing alt text',
  today: 'Imported today',
  trash: 'Trash',
};

const ACCEPT = 'image/jpeg,image/png,image/webp,image/gif,image/avif,image/tiff,.jpg,.jpeg,.png,.webp,.gif,.avif,.tif,.tiff';

export interface MediaToolbarProps {
  onImport: (files: File[]) => void;
  /** A chosen folder held no importable image. */
  onEmptyFolder: () => void;
  search: string;
  onSearch: (search: string) => void;
  filter: MediaFilter;
  onFilter: (filter: MediaFilter) => void;
  total: number;
  onEmptyTrash: () => void;
}

/** Import (files or a folder), search, filter, the count, and Empty trash while the trash is shown. */
export function MediaToolbar({ onImport, onEmptyFolder, search, onSearch, filter, onFilter, total, onEmptyTrash }: MediaToolbarProps) {
  const fileInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement | null>(null);
  return (
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
          onImport(files);
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
          if (files.length === 0) onEmptyFolder();
          onImport(files);
        }}
      />
      <input type="search" aria-label="Search media" placeholder="Search filename, caption, credit, alt text" value={search} onChange={(e) => onSearch(e.target.value)} />
      <label className="media-filter">
        <span>Show</span>
        <select aria-label="Filter media" value={filter} onChange={(e) => onFilter(e.target.value as MediaFilter)}>
          {MEDIA_FILTERS.map((f) => (
            <option key={f} value={f}>
              {FILTER_LABELS[f]}
            </option>
          ))}
        </select>
      </label>
      {filter === 'trash' && total > 0 && (
        <button type="button" onClick={onEmptyTrash}>
          Empty trash
        </button>
      )}
      <span className="muted media-count" aria-live="polite">
        {total.toLocaleString()} {total === 1 ? 'image' : 'images'}
      </span>
    </div>
  );
}
