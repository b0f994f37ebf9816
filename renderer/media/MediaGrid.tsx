import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { MediaFilter, MediaItem } from '../../shared/media/media-schema';
import { mediaUrl } from '../../shared/media/renditions';
import { call } from '../bridge/api';

const CELL = 168;
const PAGE = 120;
const OVERSCAN_ROWS = 2;

export interface GridQuery {
  query: string;
  filter: MediaFilter;
  todayStart: number;
  /** Bumped to reload the same query (after an import, an edit or a delete). */
  revision: number;
}

/**
 * A virtualized grid of thumbnails: only the rows in view (plus a little overscan) are in the DOM,
 * and items are fetched a page at a time as they scroll in, so 10,000 items cost what 60 do.
 */
export function MediaGrid(props: {
  query: GridQuery;
  selectedId: string | null;
  onSelect: (item: MediaItem) => void;
  onTotal: (total: number) => void;
  onError: (message: string) => void;
}) {
  const { query, selectedId, onSelect, onTotal, onError } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ width: 800, height: 600 });
  const [scrollTop, setScrollTop] = useState(0);
  const [total, setTotal] = useState(0);
  const [, setLoadedVersion] = useState(0);
  const cache = useRef(new Map<number, MediaItem>());
  const requested = useRef(new Set<number>());
  const generation = useRef(0);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setSize({ width: el.clientWidth, height: el.clientHeight }));
    observer.observe(el);
    setSize({ width: el.clientWidth, height: el.clientHeight });
    return () => observer.disconnect();
  }, []);

  const loadPage = useCallback(
    async (page: number) => {
      if (requested.current.has(page)) return;
      requested.current.add(page);
      const mine = generation.current;
      try {
        const result = await call('listMedia', { query: query.query, filter: query.filter, todayStart: query.todayStart, offset: page * PAGE, limit: PAGE });
        if (mine !== generation.current) return;
        result.items.forEach((item, i) => cache.current.set(page * PAGE + i, item));
        setTotal(result.total);
        onTotal(result.total);
        setLoadedVersion((v) => v + 1);
      } catch (e) {
        requested.current.delete(page);
        onError(e instanceof Error ? e.message : String(e));
      }
    },
    [query, onTotal, onError],
  );

  // A new query or revision starts over; the old pages stay on screen until the new first page arrives.
  useEffect(() => {
    generation.current++;
    requested.current = new Set();
    const mine = generation.current;
    void (async () => {
      try {
        const result = await call('listMedia', { query: query.query, filter: query.filter, todayStart: query.todayStart, offset: 0, limit: PAGE });
        if (mine !== generation.current) return;
        cache.current = new Map(result.items.map((item, i) => [i, item]));
        requested.current.add(0);
        setTotal(result.total);
        onTotal(result.total);
        setLoadedVersion((v) => v + 1);
      } catch (e) {
        onError(e instanceof Error ? e.message : String(e));
      }
    })();
  }, [query, onTotal, onError]);

  const columns = Math.max(1, Math.floor(size.width / CELL));
  const rows = Math.ceil(total / columns);
  const firstRow = Math.max(0, Math.floor(scrollTop / CELL) - OVERSCAN_ROWS);
  const lastRow = Math.min(rows - 1, Math.ceil((scrollTop + size.height) / CELL) + OVERSCAN_ROWS);
  const firstIndex = firstRow * columns;
  const lastIndex = Math.min(total - 1, (lastRow + 1) * columns - 1);

  useEffect(() => {
    if (total === 0) return;
    for (let page = Math.floor(firstIndex / PAGE); page <= Math.floor(lastIndex / PAGE); page++) {
      if (!requested.current.has(page)) void loadPage(page);
    }
  }, [firstIndex, lastIndex, total, loadPage]);

  const cells = [];
  for (let index = firstIndex; index <= lastIndex; index++) {
    const item = cache.current.get(index);
    const row = Math.floor(index / columns);
    const col = index % columns;
    const style = { transform: `translate(${col * CELL}px, ${row * CELL}px)` };
    cells.push(
      <div key={item?.id ?? `pending-${index}`} role="listitem" aria-setsize={total} aria-posinset={index + 1} className="media-cell" style={style}>
        {item ? (
          <button
            type="button"
            className={item.id === selectedId ? 'media-tile selected' : 'media-tile'}
            aria-pressed={item.id === selectedId}
            aria-label={item.filename}
            title={item.alt || item.filename}
            onClick={() => onSelect(item)}
          >
            <img src={mediaUrl(item.sha256, 'thumb')} alt="" loading="lazy" decoding="async" draggable={false} />
            <span className="media-tile-name">{item.filename}</span>
            {item.alt.trim() === '' && <span className="media-tile-flag">No alt text</span>}
          </button>
        ) : (
          <div className="media-tile placeholder" aria-hidden="true" />
        )}
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
