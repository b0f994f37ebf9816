import { useCallback } from 'react';
import type { LibraryRow } from '../../shared/story/library-schema';
import { usePatchLibraryRow } from './use-library';

/** The one place an autosave updates the library list: the row the core computed with the save (headline, counts, TKs, sections). */
export function useLibraryRowSync() {
  const patch = usePatchLibraryRow();
  return useCallback((row: LibraryRow) => patch(row.id, row), [patch]);
}
