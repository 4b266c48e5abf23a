/**
 * Every change the agenda screen makes. Operations that answer with the whole list write it
 * straight into the cache, so the screen moves at once; the change event then refreshes the
 * other windows (and this one again, harmlessly).
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Input, Output } from '../../../shared/contract';
import { useApi } from '../../api/ApiProvider';
import { notifyDone, useNotifyError } from '../../ui/notify';
import type { MoveTarget } from './agenda-moves';
import { type AgendaItem, type AgendaList, agendaKey } from '../../api/queries/agenda';

type Deleted = Output<'agenda.delete'>;
export type ItemFields = Pick<Input<'agenda.add'>, 'title' | 'plannedMinutes' | 'description'>;

export function useAgendaActions(forumId: string) {
  const { t } = useTranslation();
  const api = useApi();
  const client = useQueryClient();
  const onError = useNotifyError();
  const lastDeleted = useRef<Deleted | null>(null);

  const setList = (list: AgendaList) => client.setQueryData(agendaKey(forumId), list);
  const refresh = () => client.invalidateQueries({ queryKey: agendaKey(forumId) });

  const move = useListOp((target: MoveTarget) => api.agenda.move(target), setList, onError);
  const start = useListOp((id: string) => api.agenda.start({ id }), setList, onError);
  const stop = useListOp((id: string) => api.agenda.stop({ id }), setList, onError);
  const next = useListOp((_: undefined) => api.agenda.next({ forumId }), setList, onError);
  const setCurrent = useListOp((id: string | null) => api.agenda.setCurrent({ forumId, id }), setList, onError);
  const applyTemplate = useListOp(
    (v: { template: Input<'agenda.applyTemplate'>['template']; lang: 'th' | 'en' }) => api.agenda.applyTemplate({ forumId, ...v }),
    setList,
    onError,
  );

  const add = useMutation({
    mutationFn: (v: ItemFields & { afterId: string | null }) => api.agenda.add({ forumId, ...v }),
    onSuccess: () => void refresh(),
    onError,
  });
  const update = useMutation({
    mutationFn: (v: { id: string; patch: ItemFields }) => api.agenda.update(v),
    onSuccess: () => void refresh(),
    onError,
  });
  const resetClock = useMutation({ mutationFn: (id: string) => api.agenda.resetClock({ id }), onSuccess: () => void refresh(), onError });

  const restore = useMutation({
    mutationFn: (deleted: Deleted) => api.agenda.restore(deleted),
    onSuccess: (item) => {
      if (lastDeleted.current?.items[0]?.id === item.id) lastDeleted.current = null;
      notifyDone(t('agenda.restored', { title: item.title }), { group: 'agenda' });
      void refresh();
    },
    onError,
  });

  const remove = useMutation({
    mutationFn: (item: AgendaItem) => api.agenda.delete({ id: item.id }),
    onSuccess: (deleted, item) => {
      lastDeleted.current = deleted;
      const subItems = deleted.items.length - 1;
      notifyDone(t(subItems > 0 ? 'agenda.deletedWithSubs' : 'agenda.deleted', { number: item.number, title: item.title, count: subItems }), {
        group: 'agenda',
        undo: { label: t('common.undo'), keys: 'Ctrl+Z', onUndo: () => restore.mutate(deleted) },
      });
      void refresh();
    },
    onError,
  });

  return {
    move,
    start,
    stop,
    next,
    setCurrent,
    applyTemplate,
    add,
    update,
    resetClock,
    remove,
    restore,
    /** Ctrl+Z on the list: puts back the item this window deleted last, once. */
    undoLast: () => {
      if (lastDeleted.current && !restore.isPending) restore.mutate(lastDeleted.current);
    },
  };
}

function useListOp<V>(fn: (v: V) => Promise<AgendaList>, onSuccess: (list: AgendaList) => void, onError: (e: unknown) => void) {
  return useMutation({ mutationFn: fn, onSuccess, onError });
}
