/**
 * The room's data for the facilitator, keyed ['room', forumId, …] so a `room` change event (a
 * phone joined, voted or sent an idea; the room opened or closed) refetches it at once.
 */
import { useQuery } from '@tanstack/react-query';
import type { Output } from '../../../shared/contract';
import { useApi } from '../ApiProvider';

export type RoomStatus = Output<'room.status'>;
export type RoomSubmission = Output<'room.submissions'>[number];

export const roomKeys = {
  status: (forumId: string) => ['room', forumId, 'status'] as const,
  submissions: (forumId: string, status?: string) => ['room', forumId, 'submissions', status ?? 'all'] as const,
  votingCodes: (forumId: string) => ['room', forumId, 'votingCodes'] as const,
  groupCodes: (forumId: string) => ['room', forumId, 'groupCodes'] as const,
  pollSettings: (forumId: string, pollId: string) => ['room', forumId, 'poll', pollId] as const,
};

export function useRoomStatus(forumId: string) {
  const api = useApi();
  return useQuery({ queryKey: roomKeys.status(forumId), queryFn: () => api.room.status({ forumId }) });
}

export function useAddresses(enabled: boolean) {
  const api = useApi();
  // Not keyed by forum: adapters come and go (a hotspot switched on), so read afresh when asked.
  return useQuery({ queryKey: ['room', 'addresses'], queryFn: () => api.room.addresses({}), enabled, staleTime: 0 });
}

export function useSubmissions(forumId: string, status?: RoomSubmission['status']) {
  const api = useApi();
  return useQuery({ queryKey: roomKeys.submissions(forumId, status), queryFn: () => api.room.submissions({ forumId, ...(status ? { status } : {}) }) });
}

export function useVotingCodes(forumId: string) {
  const api = useApi();
  return useQuery({ queryKey: roomKeys.votingCodes(forumId), queryFn: () => api.room.votingCodes({ forumId }) });
}

export function usePollRoomSettings(forumId: string, pollId: string) {
  const api = useApi();
  return useQuery({ queryKey: roomKeys.pollSettings(forumId, pollId), queryFn: () => api.room.pollSettings({ pollId }) });
}
