/**
 * Reading the minutes. Everything is keyed ['minutes', forumId, …], so a `minutes` change event
 * (a section saved here or in another window) and every change to the data the minutes are built
 * from (notes, agenda, polls, priorities, the plan, people) refresh the sections and the preview.
 */
import { keepPreviousData, type QueryClient, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MinutesSection } from '../../../shared/contract';
import { useApi } from '../ApiProvider';

export const minutesKeys = {
  sections: (forumId: string) => ['minutes', forumId, 'sections'] as const,
  preview: (forumId: string, thaiDigits: boolean) => ['minutes', forumId, 'preview', thaiDigits] as const,
};

/**
 * A refresh of a preview already on screen waits this long first. Each save invalidates the
 * preview and an invalidation cancels the refresh still waiting, so while the note-taker types
 * (a save every ~600 ms) the minutes are built once typing pauses, not after every save.
 */
export const PREVIEW_SETTLE_MS = 700;

export function useSections(forumId: string) {
  const api = useApi();
  return useQuery({ queryKey: minutesKeys.sections(forumId), queryFn: () => api.reports.sections({ forumId }) });
}

export function usePreview(forumId: string, thaiDigits: boolean) {
  const api = useApi();
  const client = useQueryClient();
  const key = minutesKeys.preview(forumId, thaiDigits);
  return useQuery({
    queryKey: key,
    queryFn: async ({ signal }) => {
      if (client.getQueryData(key)) await settle(PREVIEW_SETTLE_MS, signal);
      return api.reports.preview({ forumId, thaiDigits });
    },
    // Switching Thai digits keeps the old page on screen until the new one is there.
    placeholderData: keepPreviousData,
  });
}

/** A saved section, put in the cache at once so its "edited" badge follows without a refetch. */
export function putSection(client: QueryClient, forumId: string, saved: MinutesSection): void {
  client.setQueryData<MinutesSection[]>(minutesKeys.sections(forumId), (list) => list?.map((s) => (s.key === saved.key ? saved : s)));
}

function settle(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });
}
