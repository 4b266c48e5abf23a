/**
 * Reading issues. Keyed ['issues', forumId, …]: an `issue` change event (any window, the
 * small groups, an agenda item deleted) refreshes every view, the projector's included.
 */
import { useQuery } from '@tanstack/react-query';
import type { Output } from '../../../shared/contract';
import { useApi } from '../ApiProvider';

export type Issue = Output<'issues.list'>[number];
export type IssueCategory = Output<'issues.categories'>[number];
export type CategoryGroup = Output<'issues.byCategory'>[number];

export const issueKeys = {
  list: (forumId: string) => ['issues', forumId, 'list'] as const,
  withMerged: (forumId: string) => ['issues', forumId, 'withMerged'] as const,
  byCategory: (forumId: string) => ['issues', forumId, 'byCategory'] as const,
  categories: (forumId: string) => ['issues', forumId, 'categories'] as const,
};

export function useIssues(forumId: string) {
  const api = useApi();
  return useQuery({ queryKey: issueKeys.list(forumId), queryFn: () => api.issues.list({ forumId }) });
}

/** Merged issues too: the history an issue's drawer shows. */
export function useIssuesWithMerged(forumId: string, enabled: boolean) {
  const api = useApi();
  return useQuery({ queryKey: issueKeys.withMerged(forumId), queryFn: () => api.issues.list({ forumId, includeMerged: true }), enabled });
}

export function useIssuesByCategory(forumId: string, enabled = true) {
  const api = useApi();
  return useQuery({ queryKey: issueKeys.byCategory(forumId), queryFn: () => api.issues.byCategory({ forumId }), enabled });
}

export function useIssueCategories(forumId: string) {
  const api = useApi();
  return useQuery({ queryKey: issueKeys.categories(forumId), queryFn: () => api.issues.categories({ forumId }) });
}
