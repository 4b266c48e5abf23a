/**
 * Reading the action plan. Keyed ['projects', forumId, …] so a `project` change event (an edit in
 * another window, a restore) refreshes the table and the totals together.
 */
import { useQuery } from '@tanstack/react-query';
import type { Output } from '../../../shared/contract';
import { useApi } from '../ApiProvider';

export type Project = Output<'projects.get'>;
export type PlanSummary = Output<'projects.summary'>;

export const planKeys = {
  list: (forumId: string) => ['projects', forumId, 'list'] as const,
  summary: (forumId: string) => ['projects', forumId, 'summary'] as const,
};

export function useProjects(forumId: string) {
  const api = useApi();
  return useQuery({ queryKey: planKeys.list(forumId), queryFn: () => api.projects.list({ forumId }) });
}

export function usePlanSummary(forumId: string) {
  const api = useApi();
  return useQuery({ queryKey: planKeys.summary(forumId), queryFn: () => api.projects.summary({ forumId }) });
}
