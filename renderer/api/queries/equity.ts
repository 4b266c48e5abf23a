/**
 * The equity figures, keyed ['equity', forumId, item] so every speech change refreshes them.
 * A running speech grows without any event, so while someone speaks they are asked again
 * every few seconds (a local call over the forum's speeches: cheap).
 */
import { useQuery } from '@tanstack/react-query';
import { useApi } from '../ApiProvider';
import { useSpeakingNowQuery } from './speakers';

const WHILE_SPEAKING_MS = 5000;
const ALL = 'all';

export const equityKey = (forumId: string, agendaItemId: string | null) => ['equity', forumId, agendaItemId ?? ALL] as const;

export function useEquity(forumId: string, agendaItemId: string | null = null) {
  const api = useApi();
  const now = useSpeakingNowQuery(forumId);
  const running = now.data?.speech?.state === 'running';
  return useQuery({
    queryKey: equityKey(forumId, agendaItemId),
    queryFn: () => api.equity.summary(agendaItemId ? { forumId, agendaItemId } : { forumId }),
    refetchInterval: running ? WHILE_SPEAKING_MS : false,
  });
}
