/**
 * One section's text as the note-taker types it, saved about 600 ms behind the typing (and at
 * once on blur, Ctrl+S, an export, leaving the tab or closing the window), so nothing typed is
 * lost. The text on disk comes back into the box only when this box has nothing unsaved and it
 * is newer than what the box last saw: another window's edit, never a late echo of our own.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { MinutesSection } from '../../../shared/contract';
import { useApi } from '../../api/ApiProvider';
import { DraftSync, type SyncState } from '../../ui/draft-sync';
import { minutesKeys, putSection } from '../../api/queries/reports';
import type { SectionSavers } from './section-savers';

export const SAVE_DELAY_MS = 600;

const settled = (state: SyncState) => state === 'idle' || state === 'saved' || state === 'failed';

export function useSectionText(forumId: string, section: MinutesSection, savers: SectionSavers) {
  const api = useApi();
  const client = useQueryClient();
  const key = section.key;
  const [value, setValue] = useState(section.text);
  const [state, setState] = useState<SyncState>('idle');
  const valueRef = useRef(value);
  const stateRef = useRef<SyncState>('idle');
  const syncRef = useRef<DraftSync<string> | null>(null);
  const waiters = useRef<(() => void)[]>([]);
  /** The newest version on disk this box has seen (ISO times compare as strings). */
  const seenAt = useRef(section.updatedAt ?? '');

  const see = useCallback((s: MinutesSection) => {
    if (s.updatedAt && s.updatedAt > seenAt.current) seenAt.current = s.updatedAt;
  }, []);

  useEffect(() => {
    let live = true;
    const sync = new DraftSync<string>({
      delayMs: SAVE_DELAY_MS,
      save: async (text) => {
        // A reading of the sections already on its way may predate this save: drop it.
        void client.cancelQueries({ queryKey: minutesKeys.sections(forumId) });
        const saved = await api.reports.saveSection({ forumId, key, text });
        see(saved);
        putSection(client, forumId, saved);
      },
      onState: (next, savedAt) => {
        stateRef.current = next;
        if (!live) return;
        setState(next);
        savers.report(key, next, savedAt);
        if (settled(next)) for (const resolve of waiters.current.splice(0)) resolve();
      },
    });
    sync.start();
    syncRef.current = sync;
    const flush = (): Promise<void> => {
      sync.flush();
      // flush() starts the save at once when nothing is in flight, else queues it: either way
      // the state is no longer settled until that save is done.
      if (settled(stateRef.current)) return Promise.resolve();
      return new Promise((resolve) => waiters.current.push(resolve));
    };
    const unregister = savers.register(key, { flush });
    const onHide = () => sync.flush();
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      unregister();
      // Leaving the tab: what is waiting goes out now, then the saver stops.
      sync.flush();
      live = false;
      for (const resolve of waiters.current.splice(0)) resolve();
      sync.dispose();
      syncRef.current = null;
    };
  }, [api, client, forumId, key, savers, see]);

  // Another window saved or reset this section (or its notes changed the seeded text).
  useEffect(() => {
    if (section.text === valueRef.current) {
      see(section);
      return;
    }
    const quiet = stateRef.current === 'idle' || stateRef.current === 'saved';
    // A version with no time is an unedited one: newer than ours only if we never saw an edit.
    const newer = section.updatedAt ? section.updatedAt >= seenAt.current : !section.edited && seenAt.current === '';
    if (!quiet || !newer) return;
    see(section);
    valueRef.current = section.text;
    setValue(section.text);
  }, [section, see]);

  const change = useCallback((text: string) => {
    valueRef.current = text;
    setValue(text);
    syncRef.current?.update(text);
  }, []);

  const flush = useCallback(() => syncRef.current?.flush(), []);

  /** Back to the seeded text: whatever is still waiting to be saved is dropped, not sent after. */
  const reset = useCallback(async () => {
    const sync = syncRef.current;
    if (!sync) return;
    const done = await sync.commit(() => {
      void client.cancelQueries({ queryKey: minutesKeys.sections(forumId) });
      return api.reports.resetSection({ forumId, key });
    });
    // An unedited section has no time: from now on the seeded text (following the notes) is the news.
    seenAt.current = done.updatedAt ?? '';
    putSection(client, forumId, done);
    valueRef.current = done.text;
    setValue(done.text);
  }, [api, client, forumId, key]);

  return { value, state, change, flush, reset };
}
