import { useCallback, useEffect, useRef, useState } from 'react';
import type { LibraryCursor, LibraryFilter, LibraryRow, LibrarySort, SearchHit } from '../../shared/story/library-schema';
import { api, call } from '../bridge/api';

export const PAGE = 100;

export interface LibraryState {
  rows: (LibraryRow | SearchHit)[];
  total: number;
  loading: boolean;
  error: string | null;
}

/**
 * The library's rows for a filter, sort and search: first page with its total, further pages by
 * keyset as the list scrolls. A newer request always wins over an older one still answering.
 */
export function useLibrary(filter: LibraryFilter, sort: LibrarySort, search: string) {
  const [state, setState] = useState<LibraryState>({ rows: [], total: 0, loading: true, error: null });
  const next = useRef<LibraryCursor | null>(null);
  const generation = useRef(0);
  const loadingMore = useRef(false);
  const rowsLoaded = useRef(0);
  rowsLoaded.current = state.rows.length;

  const reload = useCallback(async () => {
    const mine = ++generation.current;
    setState((s) => ({ ...s, loading: true }));
    try {
      if (search.trim() !== '') {
        const hits = await call('searchStories', { query: search, view: filter.view, limit: 100 });
        if (mine !== generation.current) return;
        next.current = null;
        setState({ rows: hits, total: hits.length, loading: false, error: null });
      } else {
        const page = await call('queryLibrary', { filter, sort, limit: PAGE, withTotal: true });
        if (mine !== generation.current) return;
        next.current = page.next;
        setState({ rows: page.rows, total: page.total ?? page.rows.length, loading: false, error: null });
      }
    } catch (e) {
      if (mine === generation.current) setState((s) => ({ ...s, loading: false, error: e instanceof Error ? e.message : String(e) }));
    }
  }, [filter, sort, search]);

  // A site sync adds stories behind the window's back: show them without a reload.
  useEffect(() => api.onEvent('libraryChanged', () => void reload()), [reload]);

  useEffect(() => {
    // Typing in the search box asks at most every 120 ms; filters answer at once.
    const timer = setTimeout(() => void reload(), search.trim() === '' ? 0 : 120);
    return () => clearTimeout(timer);
  }, [reload, search]);

  /** Loads the next page; a bigger one when the list was scrolled far past what is loaded. */
  const loadMore = useCallback(async (needed = 0) => {
    const after = next.current;
    if (!after || loadingMore.current) return;
    loadingMore.current = true;
    const mine = generation.current;
    try {
      const loaded = rowsLoaded.current;
      const limit = Math.min(500, Math.max(PAGE, needed - loaded + PAGE));
      const page = await call('queryLibrary', { filter, sort, limit, after });
      if (mine !== generation.current) return;
      next.current = page.next;
      setState((s) => ({ ...s, rows: [...s.rows, ...page.rows] }));
    } catch (e) {
      setState((s) => ({ ...s, error: e instanceof Error ? e.message : String(e) }));
    } finally {
      loadingMore.current = false;
    }
  }, [filter, sort]);

  const patch = useCallback((id: string, change: Partial<LibraryRow>) => {
    setState((s) => ({ ...s, rows: s.rows.map((r) => (r.id === id ? { ...r, ...change } : r)) }));
  }, []);

  return { ...state, reload, loadMore, patch };
}
