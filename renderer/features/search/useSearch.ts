/**
 * Searching notes and issues as the user types: debounced, within this forum from the first
 * character, across all forums only from three (shorter terms cannot use the trigram index and
 * would scan every note ever taken). Keyed under ['search', forumId, …] so a note or issue change
 * in the forum refreshes the results; an all-forums search listens to every such change itself.
 */
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useApi } from '../../api/ApiProvider';

export type SearchScope = 'forum' | 'all';

export const MIN_ALL_FORUMS = 3;
const DEBOUNCE_MS = 200;
const LIMIT = 50;

const searchKey = (scope: SearchScope, forumId: string, query: string) =>
  scope === 'forum' ? (['search', forumId, 'fts', query] as const) : (['search', 'all', 'fts', query] as const);

/** Characters as the user sees them counted: a Thai vowel sign or tone mark is its own character. */
export const charCount = (s: string) => [...s].length;

export function useSearch(forumId: string, text: string, scope: SearchScope) {
  const api = useApi();
  const client = useQueryClient();
  const [debounced] = useDebouncedValue(text.trim(), DEBOUNCE_MS);
  const enabled = scope === 'forum' ? debounced.length > 0 : charCount(debounced) >= MIN_ALL_FORUMS;

  useEffect(() => {
    if (scope !== 'all') return;
    return api.onChange((event) => {
      if (event.entity === 'note' || event.entity === 'issue' || event.entity === 'forum' || event.entity === '*') {
        void client.invalidateQueries({ queryKey: ['search', 'all', 'fts'] });
      }
    });
  }, [api, client, scope]);

  const query = useQuery({
    queryKey: searchKey(scope, forumId, debounced),
    queryFn: () => api.search.query({ query: debounced, forumId: scope === 'forum' ? forumId : undefined, limit: LIMIT }),
    enabled,
    placeholderData: keepPreviousData,
  });
  return {
    results: enabled ? (query.data?.results ?? []) : [],
    more: enabled && (query.data?.more ?? false),
    enabled,
    /** The results shown are for what is in the box now. */
    settled: enabled && debounced === text.trim() && !query.isPlaceholderData && !query.isFetching,
    tooShort: scope === 'all' && text.trim().length > 0 && !enabled && charCount(text.trim()) < MIN_ALL_FORUMS,
  };
}
