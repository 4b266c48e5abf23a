/**
 * Reading notes and resolutions. Keyed ['notes', forumId, …] and ['resolutions', forumId, …] so a
 * `note` or `resolution` change event (this window, a second note-taker, an agenda item deleted)
 * refreshes them. The whole forum's notes are one query: the pane filters by agenda item
 * itself, so switching between "this item" and "all" is instant and one cache entry holds the
 * notes this window has just stored.
 */
import { useQuery } from '@tanstack/react-query';
import type { Output } from '../../../shared/contract';
import { useApi } from '../ApiProvider';

export type Note = Output<'notes.get'>;
export type Resolution = Output<'notes.resolutions'>[number];

export const noteKeys = {
  list: (forumId: string) => ['notes', forumId, 'list'] as const,
  resolutions: (forumId: string) => ['resolutions', forumId, 'list'] as const,
};

export function useNotes(forumId: string) {
  const api = useApi();
  return useQuery({ queryKey: noteKeys.list(forumId), queryFn: () => api.notes.list({ forumId }) });
}

export function useResolutions(forumId: string) {
  const api = useApi();
  return useQuery({ queryKey: noteKeys.resolutions(forumId), queryFn: () => api.notes.resolutions({ forumId }) });
}
