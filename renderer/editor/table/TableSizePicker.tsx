import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { MAX_TABLE_COLUMNS, MAX_TABLE_ROWS } from './table-editing';

/** The grid's reach, as in Docs; bigger tables are typed into the Rows and Columns fields. */
const GRID = 8;

export interface TableSize {
  rows: number;
  columns: number;
}

const toSize = (text: string, max: number) => Math.min(max, Math.max(1, Math.floor(Number(text)) || 1));

const ARROWS: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

/**
 * Picks a table's size the Word and Docs way: pointing at a grid (one Tab stop, arrows move, Enter
 * inserts), or typing rows and columns for a table bigger than the grid. Starts at 3 × 3.
 */
export function TableSizePicker({ onPick }: { onPick: (size: TableSize) => void }) {
  const [rows, setRows] = useState('3');
  const [columns, setColumns] = useState('3');
  const size: TableSize = { rows: toSize(rows, MAX_TABLE_ROWS), columns: toSize(columns, MAX_TABLE_COLUMNS) };
  const grid = useRef<HTMLDivElement>(null);
  const id = useId();

  const point = (r: number, c: number) => {
    setRows(String(r));
    setColumns(String(c));
  };
  const cellButton = (r: number, c: number) => grid.current?.querySelector<HTMLButtonElement>(`[data-cell="${r}x${c}"]`);

  useEffect(() => {
    // The writer lands on the grid, at the starting size; after the frame in which the / menu's
    // last edit of the body puts the focus back there.
    const frame = requestAnimationFrame(() => cellButton(3, 3)?.focus());
    return () => cancelAnimationFrame(frame);
  }, []);

  const onGridKey = (event: KeyboardEvent) => {
    const step = ARROWS[event.key];
    if (!step) return;
    event.preventDefault();
    const r = Math.min(GRID, Math.max(1, Math.min(size.rows, GRID) + step[0]));
    const c = Math.min(GRID, Math.max(1, Math.min(size.columns, GRID) + step[1]));
    point(r, c);
    cellButton(r, c)?.focus();
  };

  const onFieldKey = (event: KeyboardEvent) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    onPick(size);
  };

  const cells = [];
  for (let r = 1; r <= GRID; r++) {
    for (let c = 1; c <= GRID; c++) {
      const current = r === Math.min(size.rows, GRID) && c === Math.min(size.columns, GRID);
      cells.push(
        <button
          key={`${r}x${c}`}
          type="button"
          data-cell={`${r}x${c}`}
          className={r <= size.rows && c <= size.columns ? 'table-size-cell chosen' : 'table-size-cell'}
          aria-label={`${r} ${r === 1 ? 'row' : 'rows'}, ${c} ${c === 1 ? 'column' : 'columns'}`}
          tabIndex={current ? 0 : -1}
          onMouseEnter={() => point(r, c)}
          onClick={() => onPick({ rows: r, columns: c })}
        />,
      );
    }
  }

  return (
    <div className="table-size" role="group" aria-label="Table size">
      <div className="table-size-grid" ref={grid} onKeyDown={onGridKey} style={{ gridTemplateColumns: `repeat(${GRID}, 1fr)` }}>
        {cells}
      </div>
      <p className="table-size-summary" aria-hidden="true">
        {size.rows} × {size.columns}
      </p>
      <div className="table-size-fields">
        <label htmlFor={`${id}-rows`}>Rows</label>
        <input id={`${id}-rows`} type="number" min={1} max={MAX_TABLE_ROWS} value={rows} onChange={(e) => setRows(e.target.value)} onKeyDown={onFieldKey} />
        <label htmlFor={`${id}-columns`}>Columns</label>
        <input
          id={`${id}-columns`}
          type="number"
          min={1}
          max={MAX_TABLE_COLUMNS}
          value={columns}
          onChange={(e) => setColumns(e.target.value)}
          onKeyDown={onFieldKey}
        />
        <button type="button" className="primary" onClick={() => onPick(size)}>
          Insert
        </button>
      </div>
    </div>
  );
}
