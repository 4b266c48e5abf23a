/**
 * Reading the speakers list. Keyed ['speakers', forumId, …] so a `speech` or `speaker_queue`
 * change event (this window, the note pane, another laptop) refreshes every view of it.
 */
import { useQuery } from '@tanstack/react-query';
import type { Output } from '../../../shared/contract';
import { useApi } from '../ApiProvider';

export type Participant = Output<'speakers.roster'>[number];
export type QueueEntry = Output<'speakers.queue'>[number];
export type Speech = Output<'speakers.list'>[number];
export type SpeakingNow = Output<'speakers.current'>;

export const speakerKeys = {
  all: (forumId: string) => ['speakers', forumId] as const,
  roster: (forumId: string) => ['speakers', forumId, 'roster'] as const,
  queue: (forumId: string) => ['speakers', forumId, 'queue'] as const,
  current: (forumId: string) => ['speakers', forumId, 'current'] as const,
  list: (forumId: string) => ['speakers', forumId, 'list'] as const,
};

export function useRoster(forumId: string) {
  const api = useApi();
  return useQuery({ queryKey: speakerKeys.roster(forumId), queryFn: () => api.speakers.roster({ forumId }) });
}

export function useQueue(forumId: string) {
  const api = useApi();
  return useQuery({ queryKey: speakerKeys.queue(forumId), queryFn: () => api.speakers.queue({ forumId }) });
}

export function useSpeakingNowQuery(forumId: string) {
  const api = useApi();
  // Always asked afresh: the answer carries the core's clock, which the local tick starts from.
  return useQuery({ queryKey: speakerKeys.current(forumId), queryFn: () => api.speakers.current({ forumId }), staleTime: 0 });
}

export function useSpeeches(forumId: string) {
  const api = useApi();
  return useQuery({ queryKey: speakerKeys.list(forumId), queryFn: () => api.speakers.list({ forumId }) });
}
