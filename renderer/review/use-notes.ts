import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Note } from '../../shared/review/note-schema';
import { queryKeys } from '../app/query-keys';
import { call } from '../bridge/api';

/** The story's notes, and a refresh for after a note is added, answered, resolved or reopened. */
export function useNotes(storyId: string) {
  const client = useQueryClient();
  const query = useQuery({ queryKey: queryKeys.notes(storyId), queryFn: () => call('listNotes', { storyId }) });
  const notes: Note[] = query.data ?? [];
  return { notes, error: query.error, refresh: () => client.invalidateQueries({ queryKey: queryKeys.notes(storyId) }) };
}
