/**
 * Reading what is held about one person, keyed ['people', personId, …] so a `person` change
 * event refreshes it. The mentions (where the name or phone was typed into free text) are read
 * afresh each time the erase dialog opens; the erase itself looks again inside its transaction,
 * so a list a moment old never leaves a text unredacted.
 */
import { useQuery } from '@tanstack/react-query';
import { useApi } from '../ApiProvider';

export const peopleKeys = {
  mentions: (personId: string) => ['people', personId, 'mentions'] as const,
};

export function usePersonMentions(personId: string) {
  const api = useApi();
  return useQuery({ queryKey: peopleKeys.mentions(personId), queryFn: () => api.people.mentions({ id: personId }), staleTime: 0 });
}
