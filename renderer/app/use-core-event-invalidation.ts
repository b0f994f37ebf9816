import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { PublishState } from '../../shared/contract/operations/publish';
import { api, connection } from '../bridge/api';
import { onBackendBack } from '../bridge/connection';
import { queryKeys } from './query-keys';

/** While an import streams in, media lists reload at most this often. */
const MEDIA_RELOAD_MS = 250;

/**
 * What the core pushes unasked marks the matching cached data stale, so every view showing it
 * refetches; no view reloads by hand after something happened elsewhere.
 */
export function useCoreEventInvalidation(): void {
  const client = useQueryClient();

  useEffect(() => {
    let mediaTimer: ReturnType<typeof setTimeout> | null = null;
    const stops = [
      // Every save makes a revision, and may give a published story Unpublished changes (desk and publishing panel).
      api.onEvent('storySaved', ({ id }) => {
        for (const queryKey of [queryKeys.revisions(id), queryKeys.desk(id), queryKeys.publishState(id)]) void client.invalidateQueries({ queryKey });
      }),
      // A site sync or a publish job changed stories (and their statuses) behind the window's back.
      api.onEvent('libraryChanged', () => {
        for (const queryKey of [queryKeys.library, queryKeys.desks]) void client.invalidateQueries({ queryKey });
      }),
      api.onEvent('publishProgress', (job) => {
        const key = queryKeys.publishState(job.storyId);
        client.setQueryData<PublishState>(key, (s) => (s ? { ...s, jobs: [job, ...s.jobs.filter((j) => j.id !== job.id)] } : s));
        if (job.state === 'done' || job.state === 'conflict' || job.state === 'failed') void client.invalidateQueries({ queryKey: key });
      }),
      api.onEvent('mediaImportProgress', ({ file }) => {
        if (file.state !== 'imported' && file.state !== 'duplicate') return;
        mediaTimer ??= setTimeout(() => {
          mediaTimer = null;
          void client.invalidateQueries({ queryKey: queryKeys.media });
        }, MEDIA_RELOAD_MS);
      }),
      api.onEvent('siteAuthorization', (outcome) => {
        if (outcome.status === 'connected') void client.invalidateQueries({ queryKey: queryKeys.sites });
      }),
      // The harness's backend came back: what it pushed while away never arrived, so everything shown is read again.
      onBackendBack(connection, () => void client.invalidateQueries()),
    ];
    return () => {
      if (mediaTimer !== null) clearTimeout(mediaTimer);
      for (const stop of stops) stop();
    };
  }, [client]);
}
