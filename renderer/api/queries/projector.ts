/** What the projector shows, keyed ['projector', forumId] so a `projector` change event refreshes it. */
import { useQuery } from '@tanstack/react-query';
import type { Output } from '../../../shared/contract';
import { useApi } from '../ApiProvider';

export type ProjectorState = Output<'projector.get'>;

export const projectorKey = (forumId: string) => ['projector', forumId] as const;

export function useProjectorView(forumId: string | null) {
  const api = useApi();
  return useQuery({ queryKey: projectorKey(forumId ?? ''), queryFn: () => api.projector.get({ forumId: forumId ?? '' }), enabled: Boolean(forumId) });
}
