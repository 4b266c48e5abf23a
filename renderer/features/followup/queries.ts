/**
 * The follow-up view and its parts. Keyed ['followup', forumId, …]: a status update, lesson or
 * project change anywhere refreshes every follow-up view (a view reaches across forums).
 */
import { useQuery } from '@tanstack/react-query';
import type { Output } from '../../../shared/contract';
import { useApi } from '../../api/ApiProvider';

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

/**
 * Status colours, the same on the tab, the charts and the projector: dark enough for white text
 * on a badge (contrast at least 4.5:1, WCAG AA), told apart by hue.
 */
export const STATUS_COLOURS = {
  none: '#6b7280',
  not_started: '#495057',
  in_progress: '#1864ab',
  done: '#2b7a3b',
  delayed: '#a94400',
  dropped: '#b02525',
} as const;
