import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { errorMessage } from '../../shared/contract/result';
import { formatDateTime } from '../app/format';
import { queryKeys } from '../app/query-keys';
import { call } from '../bridge/api';


/** Says so when the library was found damaged at start, and offers the last good backup. */
export function LibraryHealthBanner({ onRestored }: { onRestored: () => void }) {
  const client = useQueryClient();
  const health = useQuery({ queryKey: queryKeys.libraryHealth, queryFn: () => call('getLibraryHealth', {}) });
  const restore = useMutation({
    mutationFn: (name: string) => call('restoreBackup', { name }),
    onSuccess: () => {
      client.setQueryData(queryKeys.libraryHealth, (h: typeof health.data) => h && { ...h, damaged: null });
      onRestored();
    },
  });

  const error = health.error ?? restore.error;
  const damaged = health.data?.damaged ?? null;
  const lastGood = health.data?.lastGood ?? null;
  if (!damaged && !error) return null;
  return (
    <div role="alert" className="error-banner health-banner">
      <div>
        {damaged && <p>{damaged.message}</p>}
        {damaged && !lastGood && <p>There is no backup to restore; the library starts empty.</p>}
        {error && <p>{errorMessage(error)}</p>}
      </div>
      {damaged && lastGood && (
        <button type="button" className="primary" disabled={restore.isPending} onClick={() => restore.mutate(lastGood.name)}>
          Restore the last good backup ({formatDateTime(lastGood.at)})
        </button>
      )}
    </div>
  );
}
