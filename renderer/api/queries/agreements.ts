/**
 * Partners (shared by every forum: keyed ['partners']) and a forum's agreements and commitments
 * (keyed ['agreements', forumId, …]): a `partner` or `agreement` change event refreshes them.
 */
import { useQuery } from '@tanstack/react-query';
import type { Output } from '../../../shared/contract';
import { useApi } from '../ApiProvider';

export type Partner = Output<'partners.get'>;
export type AgreementVersion = Output<'agreements.get'>;
export type AgreementSummary = Output<'agreements.list'>[number];
export type ProjectFunding = Output<'agreements.funding'>[number];

export const agreementKeys = {
  partners: () => ['partners'] as const,
  list: (forumId: string) => ['agreements', forumId, 'list'] as const,
  version: (forumId: string, id: string, version: number | null) => ['agreements', forumId, 'version', id, version] as const,
  funding: (forumId: string) => ['agreements', forumId, 'funding'] as const,
};

export function usePartners() {
  const api = useApi();
  return useQuery({ queryKey: agreementKeys.partners(), queryFn: () => api.partners.list({}) });
}

export function useAgreements(forumId: string) {
  const api = useApi();
  return useQuery({ queryKey: agreementKeys.list(forumId), queryFn: () => api.agreements.list({ forumId }) });
}

export function useAgreement(forumId: string, id: string | null, version: number | null) {
  const api = useApi();
  return useQuery({
    queryKey: agreementKeys.version(forumId, id ?? '', version),
    queryFn: () => api.agreements.get({ id: id as string, ...(version === null ? {} : { version }) }),
    enabled: id !== null,
  });
}

export function useFunding(forumId: string) {
  const api = useApi();
  return useQuery({ queryKey: agreementKeys.funding(forumId), queryFn: () => api.agreements.funding({ forumId }) });
}
