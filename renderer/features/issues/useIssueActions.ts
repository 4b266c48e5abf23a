/**
 * Every change the issues screen makes. Each success refreshes the forum's issue queries at
 * once (the change event does the same for other windows and the projector).
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Input, Output } from '../../../shared/contract';
import { useApi } from '../../api/ApiProvider';
import { notifyDone, useNotifyError } from '../../ui/notify';
import { type Issue, issueKeys } from '../../api/queries/issues';

type Deleted = Output<'issues.delete'>;

export function useIssueActions(forumId: string) {
  const { t } = useTranslation();
  const api = useApi();
  const client = useQueryClient();
  const onError = useNotifyError();
  const lastDeleted = useRef<Deleted | null>(null);
  const refresh = () => void client.invalidateQueries({ queryKey: ['issues', forumId] });

  const quickAdd = useMutation({
    mutationFn: (v: { text: string; category: string | null }) => api.issues.quickAdd({ forumId, ...v }),
    onSuccess: (added) => {
      notifyDone(t('issues.quick.added', { count: added.length }), { group: 'issues' });
      refresh();
    },
    onError,
  });

  const create = useMutation({
    mutationFn: (draft: Omit<Input<'issues.create'>, 'forumId'>) => api.issues.create({ forumId, ...draft }),
    onSuccess: (issue) => {
      notifyDone(t('issues.created', { title: issue.title }), { group: 'issues' });
      refresh();
    },
    onError,
  });

  const update = useMutation({
    mutationFn: (v: Input<'issues.update'>) => api.issues.update(v),
    onSuccess: refresh,
    onError,
  });

  const move = useMutation({
    mutationFn: (v: { id: string; index: number }) => api.issues.move(v),
    onSuccess: (list) => {
      client.setQueryData(issueKeys.list(forumId), list);
      refresh();
    },
    onError,
  });

  const restore = useMutation({
    mutationFn: (deleted: Deleted) => api.issues.restore({ deleted }),
    onSuccess: (issue) => {
      if (lastDeleted.current?.issues[0]?.id === issue.id) lastDeleted.current = null;
      notifyDone(t('issues.restored', { title: issue.title }), { group: 'issues' });
      refresh();
    },
    onError,
  });

  const remove = useMutation({
    mutationFn: (issue: Issue) => api.issues.delete({ id: issue.id }),
    onSuccess: (deleted, issue) => {
      lastDeleted.current = deleted;
      notifyDone(t('issues.deleted', { title: issue.title }), {
        group: 'issues',
        undo: { label: t('common.undo'), keys: 'Ctrl+Z', onUndo: () => restore.mutate(deleted) },
      });
      refresh();
    },
    onError,
  });

  const merge = useMutation({
    mutationFn: (v: { survivor: Issue; merged: Issue }) => api.issues.merge({ survivorId: v.survivor.id, mergedId: v.merged.id }),
    onSuccess: (_, v) => {
      notifyDone(t('issues.merge.done', { survivor: v.survivor.title, merged: v.merged.title }), { group: 'issues' });
      refresh();
    },
    onError,
  });

  const split = useMutation({
    mutationFn: (v: Input<'issues.split'>) => api.issues.split(v),
    onSuccess: (parts) => {
      notifyDone(t('issues.split.done', { count: parts.length }), { group: 'issues' });
      refresh();
    },
    onError,
  });

  return {
    quickAdd,
    create,
    update,
    move,
    remove,
    restore,
    merge,
    split,
    /** Ctrl+Z on the list: puts back the issue this window deleted last, once. */
    undoLast: () => {
      if (lastDeleted.current && !restore.isPending) restore.mutate(lastDeleted.current);
    },
  };
}
