/**
 * Reading polls and the priority list. Keyed ['polls', forumId, …] and ['priorities', forumId]:
 * a `poll` change event (a ballot typed at another laptop, a poll closed) refetches every view of
 * the forum's polls at once, the projector's included, so results follow entry live.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Output } from '../../../shared/contract';
import { useApi } from '../ApiProvider';

export type Poll = Output<'polls.get'>;
export type PollResults = Output<'polls.results'>;
export type PollInputs = Output<'polls.inputs'>;
export type PriorityList = Output<'priorities.get'>;

export const pollKeys = {
  list: (forumId: string) => ['polls', forumId, 'list'] as const,
  inputs: (forumId: string, pollId: string) => ['polls', forumId, 'inputs', pollId] as const,
  results: (forumId: string, pollId: string, weights?: Record<string, number>) => ['polls', forumId, 'results', pollId, weights ?? null] as const,
  priorities: (forumId: string) => ['priorities', forumId] as const,
  /** Groups and attendees belong to other features; their roots keep their own events working. */
  groups: (forumId: string) => ['groups', forumId, 'list'] as const,
  attendance: (forumId: string) => ['attendance', forumId] as const,
};

export function usePolls(forumId: string) {
  const api = useApi();
  return useQuery({ queryKey: pollKeys.list(forumId), queryFn: () => api.polls.list({ forumId }) });
}

export function usePollInputs(poll: Poll) {
  const api = useApi();
  return useQuery({
    queryKey: pollKeys.inputs(poll.forumId, poll.id),
    queryFn: () => api.polls.inputs({ pollId: poll.id }),
    enabled: poll.status !== 'draft',
  });
}

/** A draft has nothing to count; `weights` asks for the what-if ranking of a scoring matrix. */
export function usePollResults(forumId: string, pollId: string, enabled: boolean, weights?: Record<string, number>) {
  const api = useApi();
  return useQuery({
    queryKey: pollKeys.results(forumId, pollId, weights),
    queryFn: () => api.polls.results({ id: pollId, ...(weights ? { weights } : {}) }),
    enabled,
    // Moving a what-if slider keeps the last ranking on screen instead of flashing empty; never
    // another poll's ranking, though.
    placeholderData: (previous, query) => (query?.queryKey[3] === pollId ? keepPreviousData(previous) : undefined),
    // Results are what the room watches: never serve a stale count when a view mounts.
    staleTime: 0,
  });
}

export function usePriorities(forumId: string) {
  const api = useApi();
  return useQuery({ queryKey: pollKeys.priorities(forumId), queryFn: () => api.priorities.get({ forumId }) });
}

export function useGroups(forumId: string) {
  const api = useApi();
  return useQuery({ queryKey: pollKeys.groups(forumId), queryFn: () => api.groups.list({ forumId }) });
}

export function useAttendees(forumId: string) {
  const api = useApi();
  return useQuery({ queryKey: pollKeys.attendance(forumId), queryFn: () => api.attendance.list({ forumId }) });
}
