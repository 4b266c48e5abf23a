/**
 * Reading the agenda. Keyed ['agenda', forumId, …] so an `agenda_item` change event (from this
 * window, another window or the note-taker's laptop) refreshes every view of it.
 */
import { useQuery } from '@tanstack/react-query';
import type { Output } from '../../../shared/contract';
import { useApi } from '../ApiProvider';

export type AgendaList = Output<'agenda.list'>;
export type AgendaItem = AgendaList['items'][number];

export const agendaKey = (forumId: string) => ['agenda', forumId, 'list'] as const;

export function useAgenda(forumId: string) {
  const api = useApi();
  return useQuery({ queryKey: agendaKey(forumId), queryFn: () => api.agenda.list({ forumId }) });
}

export function useAgendaTemplates() {
  const api = useApi();
  // Templates ship with the app and never change while it runs.
  return useQuery({ queryKey: ['agenda', 'templates'], queryFn: () => api.agenda.templates({}), staleTime: Number.POSITIVE_INFINITY });
}
