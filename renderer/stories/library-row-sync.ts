import { useCallback } from 'react';
import { call } from '../bridge/api';
import { usePatchLibraryRow } from './use-library';

/**
 * The one place an autosave updates the library list: the new headline at once, then the row the
 * core computed with the save (counts, TKs, sections).
 */
export function useLibraryRowSync() {
  const patch = usePatchLibraryRow();
  return useCallback(
    (id: string, headline: string, savedAt: number) => {
      patch(id, { headline, updatedAt: savedAt });
      call('getLibraryRow', { id }).then((row) => patch(id, row), () => undefined);
    },
    [patch],
  );
}
