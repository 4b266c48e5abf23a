/**
 * Everything the facilitator does to the speakers list. Each answer is put in the cache at once
 * (the queue comes back whole), and the change events refresh the other windows.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Input } from '../../../shared/contract';
import { useApi } from '../../api/ApiProvider';
import { notifyDone, useNotifyError } from '../../ui/notify';
import { type QueueEntry, speakerKeys } from '../../api/queries/speakers';

export function useSpeakerActions(forumId: string) {
  const { t } = useTranslation();
  const api = useApi();
  const client = useQueryClient();
  const onError = useNotifyError();

  const refresh = () => void client.invalidateQueries({ queryKey: speakerKeys.all(forumId) });
  const setQueue = (queue: QueueEntry[]) => client.setQueryData(speakerKeys.queue(forumId), queue);
  // Another window changed the queue under us: show the fresh one rather than our guess.
  const failed = (error: unknown) => {
    refresh();
    onError(error);
  };

  const enqueue = useMutation({
    mutationFn: (personId: string) => api.speakers.enqueue({ forumId, personId }),
    onSuccess: setQueue,
    onError: failed,
  });

  /** Puts a removed entry back where it was: at the end first, then moved into its old place. */
  const restore = async (entry: QueueEntry, orderBefore: string[]) => {
    const queue = await api.speakers.enqueue({ forumId, personId: entry.person.id });
    const added = queue.find((e) => e.person.id === entry.person.id);
    if (!added) return setQueue(queue);
    const present = new Set(queue.map((e) => e.id));
    const wanted = orderBefore.map((id) => (id === entry.id ? added.id : id)).filter((id) => present.has(id));
    const rest = queue.map((e) => e.id).filter((id) => !wanted.includes(id));
    setQueue(await api.speakers.reorder({ forumId, orderedIds: [...wanted, ...rest] }));
  };

  const dequeue = useMutation({
    mutationFn: ({ entry }: { entry: QueueEntry; orderBefore: string[] }) => api.speakers.dequeue({ entryId: entry.id }),
    onSuccess: (queue, { entry, orderBefore }) => {
      setQueue(queue);
      notifyDone(t('speakers.queue.removed', { name: entry.person.name }), {
        group: 'speakers',
        undo: { label: t('common.undo'), onUndo: () => restore(entry, orderBefore).catch(failed) },
      });
    },
    onError: failed,
  });

  const reorder = useMutation({
    mutationFn: (orderedIds: string[]) => api.speakers.reorder({ forumId, orderedIds }),
    // Moving by keyboard must feel instant: show the new order before the core confirms it.
    onMutate: (orderedIds) => {
      const before = client.getQueryData<QueueEntry[]>(speakerKeys.queue(forumId));
      if (before) {
        const byId = new Map(before.map((e) => [e.id, e]));
        setQueue(orderedIds.flatMap((id, i) => (byId.has(id) ? [{ ...(byId.get(id) as QueueEntry), position: i + 1 }] : [])));
      }
    },
    onSuccess: setQueue,
    onError: failed,
  });

  const next = useMutation({
    mutationFn: () => api.speakers.next({ forumId }),
    onSuccess: (change) => {
      refresh();
      if (!change.ended && !change.started) notifyDone(t('speakers.current.queueEmpty'), { group: 'speakers' });
    },
    onError: failed,
  });
  const pause = useMutation({ mutationFn: () => api.speakers.pause({ forumId }), onSuccess: refresh, onError: failed });
  const resume = useMutation({ mutationFn: () => api.speakers.resume({ forumId }), onSuccess: refresh, onError: failed });
  const stop = useMutation({ mutationFn: () => api.speakers.stop({ forumId }), onSuccess: refresh, onError: failed });

  const start = useMutation({
    mutationFn: (personId: string | null) => api.speakers.start({ forumId, personId }),
    onSuccess: refresh,
    onError: failed,
  });

  const setTimeLimit = useMutation({
    mutationFn: (seconds: number | null) => api.speakers.setTimeLimit({ forumId, seconds }),
    onSuccess: (now) => {
      client.setQueryData(speakerKeys.current(forumId), now);
      refresh();
    },
    onError: failed,
  });

  const updateSpeech = useMutation({
    mutationFn: (input: Input<'speakers.update'>) => api.speakers.update(input),
    onSuccess: () => {
      refresh();
      notifyDone(t('speakers.history.updated'), { group: 'speakers' });
    },
    onError: failed,
  });

  const deleteSpeech = useMutation({
    mutationFn: (id: string) => api.speakers.delete({ id }),
    onSuccess: () => {
      refresh();
      notifyDone(t('speakers.history.deleted'), { group: 'speakers' });
    },
    onError: failed,
  });

  return {
    enqueue,
    dequeue,
    reorder,
    next,
    pause,
    resume,
    stop,
    start,
    setTimeLimit,
    updateSpeech,
    deleteSpeech,
  };
}
