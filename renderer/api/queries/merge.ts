/**
 * Reading a merge. Keyed ['merge', forumId, …]: merge.apply emits a "merge" event for the
 * target, which refreshes these, and "attendance", "issue" and "priority" events for what it
 * wrote there (renderer/api/query-keys.ts).
 */
import { useQuery } from '@tanstack/react-query';
import type { Output } from '../../../shared/contract';
import { useApi } from '../ApiProvider';

export type MergePlan = Output<'merge.plan'>;
export type MergePriorities = Output<'merge.priorities'>;
export type MergeForum = Output<'merge.candidates'>[number];

export const mergeKeys = {
  candidates: (forumId: string) => ['merge', forumId, 'candidates'] as const,
  sources: (forumId: string) => ['merge', forumId, 'sources'] as const,
  priorities: (forumId: string) => ['merge', forumId, 'priorities'] as const,
};

export function useMergeCandidates(forumId: string) {
  const api = useApi();
  return useQuery({ queryKey: mergeKeys.candidates(forumId), queryFn: () => api.merge.candidates({ forumId }) });
}

export function useMergeSources(forumId: string) {
  const api = useApi();
  return useQuery({ queryKey: mergeKeys.sources(forumId), queryFn: () => api.merge.sources({ forumId }) });
}

export function useMergePriorities(forumId: string) {
  const api = useApi();
  return useQuery({ queryKey: mergeKeys.priorities(forumId), queryFn: () => api.merge.priorities({ forumId }) });
}
