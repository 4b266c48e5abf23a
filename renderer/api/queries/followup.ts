/**
 * The follow-up view and its parts. Keyed ['followup', forumId, …]: a status update, lesson or
 * project change anywhere refreshes every follow-up view (a view reaches across forums).
 */
import { useQuery } from '@tanstack/react-query';
import type { Output } from '../../../shared/contract';
import { useApi } from '../ApiProvider';

export type FollowUpView = Output<'followUp.view'>;
export type FollowUpProject = FollowUpView['projects'][number];
export type StatusUpdate = Output<'followUp.history'>[number];
export type Lesson = Output<'lessons.list'>[number];

export const followUpKeys = {
  view: (forumId: string) => ['followup', forumId, 'view'] as const,
  sources: (forumId: string) => ['followup', forumId, 'sources'] as const,
  lessons: (forumId: string) => ['followup', forumId, 'lessons'] as const,
  history: (projectId: string) => ['followup', 'history', projectId] as const,
  details: (projectId: string) => ['devplan', projectId] as const,
};

export function useFollowUpView(forumId: string) {
  const api = useApi();
  return useQuery({ queryKey: followUpKeys.view(forumId), queryFn: () => api.followUp.view({ forumId }) });
}

export function useFollowUpSources(forumId: string) {
  const api = useApi();
  return useQuery({ queryKey: followUpKeys.sources(forumId), queryFn: () => api.followUp.sources({ forumId }) });
}

export function useLessons(forumId: string) {
  const api = useApi();
  return useQuery({ queryKey: followUpKeys.lessons(forumId), queryFn: () => api.lessons.list({ forumId }) });
}

export function useHistory(projectId: string | null) {
  const api = useApi();
  return useQuery({ queryKey: followUpKeys.history(projectId ?? ''), queryFn: () => api.followUp.history({ projectId: projectId as string }), enabled: projectId !== null });
}

