import type { MediaFilter } from '../../shared/media/media-schema';
import type { LibraryFilter, LibrarySort } from '../../shared/story/library-schema';

/** A media list as the grid asks for it; `todayStart` pins what "Imported today" means for this query. */
export interface MediaListQuery {
  query: string;
  filter: MediaFilter;
  todayStart: number;
}

/** Every cached resource's key, one place, so an invalidation names exactly what it refreshes. */
export const queryKeys = {
  sites: ['sites'] as const,
  secretStorage: ['secretStorage'] as const,
  publishState: (storyId: string) => ['publish', 'state', storyId] as const,
  conflict: (jobId: string) => ['publish', 'conflict', jobId] as const,
  preview: (storyId: string) => ['publish', 'preview', storyId] as const,
  media: ['media'] as const,
  mediaPage: (q: MediaListQuery, page: number) => ['media', 'list', q.query, q.filter, q.todayStart, page] as const,
  mediaPicker: (query: string) => ['media', 'picker', query] as const,
  mediaItem: (id: string) => ['media', 'item', id] as const,
  mediaUsage: (id: string) => ['media', 'usage', id] as const,
  library: ['library'] as const,
  libraryLists: ['library', 'list'] as const,
  libraryList: (filter: LibraryFilter, sort: LibrarySort, search: string) => ['library', 'list', filter, sort, search] as const,
  libraryHealth: ['libraryHealth'] as const,
  sections: ['sections'] as const,
  revisions: (storyId: string) => ['revisions', storyId] as const,
  notes: (storyId: string) => ['notes', storyId] as const,
  desks: ['desk'] as const,
  desk: (storyId: string) => ['desk', storyId] as const,
};
