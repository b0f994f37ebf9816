import { keepPreviousData, useInfiniteQuery, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import { errorMessage } from '../../shared/contract/result';
import type { LibraryCursor, LibraryFilter, LibraryRow, LibrarySort, SearchHit } from '../../shared/story/library-schema';
import { queryKeys } from '../app/query-keys';
import { useDebouncedValue } from '../app/use-debounced-value';
import { call } from '../bridge/api';

export const PAGE = 100;

/** One answer of the list: a keyset page, or every search hit at once. */
interface ListPage {
  rows: (LibraryRow | SearchHit)[];
  next: LibraryCursor | null;
  total: number;
}

interface PageParam {
  after: LibraryCursor | null;
  limit: number;
}

export type LibraryData = InfiniteData<ListPage, PageParam>;

export interface LibraryState {
  rows: (LibraryRow | SearchHit)[];
  total: number;
  loading: boolean;
  error: string | null;
}

/** Changes a row wherever a cached list shows it (a save's new headline, counts, status). */
export function usePatchLibraryRow() {
  const client = useQueryClient();
  return useCallback(
    (id: string, change: Partial<LibraryRow>) =>
      client.setQueriesData<LibraryData>({ queryKey: queryKeys.libraryLists }, (data) =>
        data && { ...data, pages: data.pages.map((p) => ({ ...p, rows: p.rows.map((r) => (r.id === id ? { ...r, ...change } : r)) })) },
      ),
    [client],
  );
}

/**
 * The library's rows for a filter, sort and search: first page with its total, further pages by
 * keyset as the list scrolls. The previous rows stay on screen until the new answer arrives.
 */
export function useLibrary(filter: LibraryFilter, sort: LibrarySort, search: string) {
  // Typing in the search box asks at most every 120 ms; filters answer at once.
  const settled = useDebouncedValue(search, search.trim() === '' ? 0 : 120);
  const searching = settled.trim() !== '';
  /** How many rows the next page asks for: more when the list was scrolled far past what is loaded. */
  const nextLimit = useRef(PAGE);
  const query = useInfiniteQuery({
    queryKey: queryKeys.libraryList(filter, sort, settled),
    queryFn: async ({ pageParam }): Promise<ListPage> => {
      if (searching) {
        const hits = await call('searchStories', { query: settled, view: filter.view, limit: 100 });
        return { rows: hits, next: null, total: hits.length };
      }
      const page = await call('queryLibrary', { filter, sort, limit: pageParam.limit, after: pageParam.after, withTotal: pageParam.after === null });
      return { rows: page.rows, next: page.next, total: page.total ?? page.rows.length };
    },
    initialPageParam: { after: null, limit: PAGE } as PageParam,
    getNextPageParam: (last) => (last.next ? { after: last.next, limit: nextLimit.current } : undefined),
    placeholderData: keepPreviousData,
  });

  const rows = query.data?.pages.flatMap((p) => p.rows) ?? [];
  const { hasNextPage, isFetching, fetchNextPage } = query;
  const loaded = rows.length;
  const loadMore = useCallback(
    async (needed = 0) => {
      if (!hasNextPage || isFetching) return;
      nextLimit.current = Math.min(500, Math.max(PAGE, needed - loaded + PAGE));
      await fetchNextPage();
    },
    [hasNextPage, isFetching, fetchNextPage, loaded],
  );

  const state: LibraryState = {
    rows,
    total: query.data?.pages[0]?.total ?? 0,
    loading: query.isPending || (query.isFetching && !query.isFetchingNextPage),
    error: query.error ? errorMessage(query.error) : null,
  };
  return { ...state, loadMore };
}
