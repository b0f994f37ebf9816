import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OperationInput } from '../../shared/contract/operations';
import { queryKeys } from '../app/query-keys';
import { call } from '../bridge/api';

/** The section tree, shared by the library's filter and each story's picker. */
export function useSections() {
  return useQuery({ queryKey: queryKeys.sections, queryFn: () => call('listSections', {}) });
}

/** Adds a section; every list of sections shows it once it is stored. */
export function useCreateSection() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: OperationInput<'createSection'>) => call('createSection', input),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.sections }),
  });
}
