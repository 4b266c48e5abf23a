/**
 * Reading the small groups, keyed ['groups', forumId, …] so a `small_group` change event (or
 * a check-in) refreshes them; the attendees' sector and village come from the attendance list.
 */
import { useQuery } from '@tanstack/react-query';
import type { Output } from '../../../shared/contract';
import { useApi } from '../ApiProvider';
import { keys } from '../query-keys';

export type GroupList = Output<'groups.list'>;
export type SmallGroup = GroupList['groups'][number];
export type PersonRef = SmallGroup['members'][number];
export type Attendee = Output<'attendance.list'>[number];

export const groupKeys = {
  list: (forumId: string) => ['groups', forumId, 'list'] as const,
};

export function useGroups(forumId: string) {
  const api = useApi();
  return useQuery({ queryKey: groupKeys.list(forumId), queryFn: () => api.groups.list({ forumId }) });
}

export function useAttendees(forumId: string) {
  const api = useApi();
  return useQuery({ queryKey: keys.attendance(forumId), queryFn: () => api.attendance.list({ forumId }) });
}
