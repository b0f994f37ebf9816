import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

export interface VirtualListProps<T> {
  items: readonly T[];
  /** How many there are in all, loaded or not; announced through aria-setsize. */
  total: number;
  rowHeight: number;
  label: string;
  itemKey: (item: T) => string;
  renderItem: (item: T) => ReactNode;
  /** Asked when the visible window nears or passes the end of what is loaded, with how many rows it needs. */
  onNearEnd?: (needed: number) => void;
  empty?: ReactNode;
}

const OVERSCAN = 6;

/**
 * A list that renders only the rows in view (plus a few), so 100,000 stories cost what 30 do.
 * Rows have one fixed height; the scroll area is sized for every loaded row.
 */
export function VirtualList<T>({ items, total, rowHeight, label, itemKey, renderItem, onNearEnd, empty }: VirtualListProps<T>) {
  const ref = useRef<HTMLUListElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setHeight(el.clientHeight || 600));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // The scroll area is sized for every row, loaded or not, so the scrollbar tells the truth.
  const wanted = Math.min(total, Math.ceil((scrollTop + height) / rowHeight) + OVERSCAN);
  const first = Math.min(Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN), items.length);
  const last = Math.min(items.length, wanted);

  useLayoutEffect(() => {
    if (onNearEnd && wanted >= items.length - OVERSCAN && items.length < total) onNearEnd(wanted);
  }, [wanted, items.length, total, onNearEnd]);

  return (
    <>
    {items.length === 0 && empty}
    <ul
      ref={ref}
      role="list"
      aria-label={label}
      className="virtual-list"
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
    >
      <li aria-hidden="true" className="virtual-spacer" style={{ height: first * rowHeight }} />
      {items.slice(first, last).map((item, i) => (
        <li key={itemKey(item)} className="virtual-row" style={{ height: rowHeight }} aria-setsize={total} aria-posinset={first + i + 1}>
          {renderItem(item)}
        </li>
      ))}
      <li aria-hidden="true" className="virtual-spacer" style={{ height: Math.max(0, total - last) * rowHeight }} />
    </ul>
    </>
  );
}
