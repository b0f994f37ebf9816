import type { QueryClient } from '@tanstack/react-query';
import type { MediaItem, MediaPage } from '../../shared/media/media-schema';
import { queryKeys } from '../app/query-keys';
import { call } from '../bridge/api';

/** One item, fresh from the core (null when it is no longer in the library); shared by every view of it. */
export const mediaItemQuery = (id: string) => ({
  queryKey: queryKeys.mediaItem(id),
  queryFn: async (): Promise<MediaItem | null> => (await call('getMediaItems', { ids: [id] }))[0] ?? null,
});

/**
 * An item the core just answered after a change: every cached copy shows it at once (so selecting
 * it again in the grid never brings back what it held before), and lists are read again, as a
 * search or filter may now match differently.
 */
export function mediaItemChanged(client: QueryClient, item: MediaItem): void {
  client.setQueryData(queryKeys.mediaItem(item.id), item);
  client.setQueriesData<MediaPage>({ queryKey: ['media', 'list'] }, (page) =>
    page && page.items.some((i) => i.id === item.id) ? { ...page, items: page.items.map((i) => (i.id === item.id ? item : i)) } : page,
  );
  void client.invalidateQueries({ queryKey: queryKeys.media, predicate: (q) => q.queryKey[1] !== 'item' });
}
