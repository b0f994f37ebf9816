import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PublishJob } from '../../shared/contract/operations/publish';
import { queryKeys } from '../app/query-keys';
import { call } from '../bridge/api';

/** The story's jobs, where it is on each site, and its log; publish events keep it current. */
export function usePublishState(storyId: string) {
  return useQuery({ queryKey: queryKeys.publishState(storyId), queryFn: () => call('getPublishState', { storyId }) });
}

/**
 * Both versions of a job stopped by a conflict; asked only while the job is in conflict according
 * to a publish state that is not being reread (a cached state may still show a conflict already resolved).
 */
export function useConflict(job: PublishJob | null, stateSettled: boolean) {
  const inConflict = job?.state === 'conflict';
  const query = useQuery({
    queryKey: queryKeys.conflict(job?.id ?? ''),
    queryFn: () => call('getConflict', { jobId: job!.id }),
    enabled: inConflict && stateSettled,
  });
  return { conflict: inConflict ? (query.data ?? null) : null, error: query.error };
}

/** Runs one publishing action at a time, then rereads the story's publish state. */
export function usePublishAction(storyId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (action: () => Promise<unknown>) => {
      await action();
      await client.invalidateQueries({ queryKey: queryKeys.publishState(storyId) });
    },
  });
}
