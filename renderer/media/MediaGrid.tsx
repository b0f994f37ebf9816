import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { errorMessage } from '../../shared/contract/result';
import type { MediaItem } from '../../shared/media/media-schema';
import { mediaUrl } from '../../shared/media/renditions';
import type { MediaListQuery } from '../app/query-keys';
import { MEDIA_PAGE, useMediaFirstPage, useMediaPages } from './use-media-pages';

const CELL = 168;
const OVERSCAN_ROWS = 2;

function useSize(scroller: RefObject<HTMLDivElement | null>) {
  const [size, setSize] = useState({ width: 800, height: 600 });
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setSize({ width: el.clientWidth, height: el.clientHeight }));
    observer.observe(el);
    setSize({ width: el.clientWidth, height: el.clientHeight });
    return () => observer.disconnect();
  }, [scroller]);
  return size;
}

function MediaTile({ item, selected, onSelect }: { item: MediaItem; selected: boolean; onSelect: (item: MediaItem) => void }) {
  return (
    <button
      type="button"
      className={selected ? 'media-tile selected' : 'media-tile'}
      aria-pressed={selected}
      aria-label={item.filename}
      title={item.alt || item.filename}
      onClick={() => onSelect(item)}
    >
      <img src={mediaUrl(item.sha256, 'thumb')} alt="" loading="lazy" decoding="async" draggable={false} />
      <span className="media-tile-name">{item.filename}</span>
      {item.alt.trim() === '' && <span className="media-tile-flag">No alt text</span>}
    </button>
  );
}

/**
 * A virtualized grid of thumbnails: only the rows in view (plus a little overscan) are in the DOM,
 * and items are fetched a page at a time as they scroll in, so 10,000 items cost what 60 do.
 */
export function MediaGrid(props: { query: MediaListQuery; selectedId: string | null; onSelect: (item: MediaItem) => void; onError: (message: string) => void }) {
  const { query, selectedId, onSelect, onError } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const size = useSize(scroller);
  const [scrollTop, setScrollTop] = useState(0);
  const first = useMediaFirstPage(query);
  const total = first.data?.total ?? 0;

  const columns = Math.max(1, Math.floor(size.width / CELL));
  const rows = Math.ceil(total / columns);
  const firstRow = Math.max(0, Math.floor(scrollTop / CELL) - OVERSCAN_ROWS);
  const lastRow = Math.min(rows - 1, Math.ceil((scrollTop + size.height) / CELL) + OVERSCAN_ROWS);
  const firstIndex = firstRow * columns;
  const lastIndex = Math.min(total - 1, (lastRow + 1) * columns - 1);
  const pageNumbers: number[] = [];
  for (let page = Math.floor(firstIndex / MEDIA_PAGE); total > 0 && page <= Math.floor(lastIndex / MEDIA_PAGE); page++) pageNumbers.push(page);
  const pages = useMediaPages(query, pageNumbers);

  const failure = first.error ?? pages.find((p) => p.error)?.error ?? null;
  useEffect(() => {
    if (failure) onError(errorMessage(failure));
  }, [failure, onError]);

  const itemAt = (index: number): MediaItem | undefined => {
    const page = Math.floor(index / MEDIA_PAGE);
    const data = pages[pageNumbers.indexOf(page)]?.data ?? (page === 0 ? first.data : undefined);
    return data?.items[index % MEDIA_PAGE];
  };

  const cells = [];
  for (let index = firstIndex; index <= lastIndex; index++) {
    const item = itemAt(index);
    const style = { transform: `translate(${(index % columns) * CELL}px, ${Math.floor(index / columns) * CELL}px)` };
    cells.push(
      <div key={item?.id ?? `pending-${index}`} role="listitem" aria-setsize={total} aria-posinset={index + 1} className="media-cell" style={style}>
        {item ? <MediaTile item={item} selected={item.id === selectedId} onSelect={onSelect} /> : <div className="media-tile placeholder" aria-hidden="true" />}
      </div>,
    );
  }

  return (
    <div ref={scroller} className="media-grid-scroller" onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}>
      <div role="list" aria-label="Media items" className="media-grid" style={{ height: rows * CELL }}>
        {cells}
      </div>
    </div>
  );
}
