import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OperationInput } from '../../shared/contract/operations';
import type { SiteProfile } from '../../shared/contract/operations/sites';
import { queryKeys } from '../app/query-keys';
import { call } from '../bridge/api';

/** The connected site profiles; the Sites view and the Publish panel share one cached list. */
export function useSites() {
  return useQuery({ queryKey: queryKeys.sites, queryFn: () => call('listSites', {}) });
}

/** Whether this computer can store an application password protected (a keyring). */
export function useSecretStorage() {
  return useQuery({ queryKey: queryKeys.secretStorage, queryFn: () => call('getSecretStorage', {}) });
}

/** Refetches the site list and answers with it, for a write that must show the stored profile. */
function useRefreshSites() {
  const client = useQueryClient();
  return async (): Promise<SiteProfile[]> => {
    await client.invalidateQueries({ queryKey: queryKeys.sites });
    return client.getQueryData<SiteProfile[]>(queryKeys.sites) ?? [];
  };
}

export function useConnectSite() {
  const refresh = useRefreshSites();
  return useMutation({
    mutationFn: (input: OperationInput<'connectSite'>) => call('connectSite', input),
    onSuccess: () => refresh(),
  });
}

/** Syncs a site, then answers with the summary and the profile as stored after the sync. */
export function useSyncSite() {
  const refresh = useRefreshSites();
  return useMutation({
    mutationFn: async (site: SiteProfile) => {
      const summary = await call('syncSite', { id: site.id });
      const profile = (await refresh()).find((p) => p.id === site.id) ?? null;
      return { summary, profile };
    },
  });
}

export function useDeleteSite() {
  const refresh = useRefreshSites();
  return useMutation({
    mutationFn: (site: SiteProfile) => call('deleteSite', { id: site.id }),
    onSuccess: () => refresh(),
  });
}

export function useBeginSiteAuthorization() {
  return useMutation({ mutationFn: (input: OperationInput<'beginSiteAuthorization'>) => call('beginSiteAuthorization', input) });
}
