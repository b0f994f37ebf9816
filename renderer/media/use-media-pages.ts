import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { queryKeys, type MediaListQuery } from '../app/query-keys';
import { call } from '../bridge/api';

/** Items per request as the grid scrolls. */
export const MEDIA_PAGE = 120;

const pageOptions = (q: MediaListQuery, page: number) => ({
  queryKey: queryKeys.mediaPage(q, page),
  queryFn: () => call('listMedia', { query: q.query, filter: q.filter, todayStart: q.todayStart, offset: page * MEDIA_PAGE, limit: MEDIA_PAGE }),
  // A new query keeps the old page on screen until its own arrives.
  placeholderData: keepPreviousData,
});

/** The first page, which also carries the query's total. */
export function useMediaFirstPage(q: MediaListQuery) {
  return useQuery(pageOptions(q, 0));
}

/** The pages with these numbers (those in view), fetched once each and cached. */
export function useMediaPages(q: MediaListQuery, pages: number[]) {
  return useQueries({ queries: pages.map((page) => pageOptions(q, page)) });
}
