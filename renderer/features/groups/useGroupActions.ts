/** What the facilitator does to the groups; each answer replaces the cached list at once. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AutoSplit, ReportBackUndo } from '../../../shared/contract';
import { useApi } from '../../api/ApiProvider';
import { notifyDone, useNotifyError } from '../../ui/notify';
import { type GroupList, groupKeys, type SmallGroup } from '../../api/queries/groups';

export type SplitRequest = { strategy: 'balanced'; count: number } | { strategy: 'by_village'; count?: number };

export function useGroupActions(forumId: string) {
  const { t } = useTranslation();
  const api = useApi();
  const client = useQueryClient();
  const onError = useNotifyError();
  const key = groupKeys.list(forumId);
  const refresh = () => void client.invalidateQueries({ queryKey: ['groups', forumId] });
  const setList = (list: GroupList) => client.setQueryData(key, list);
  const failed = (error: unknown) => {
    refresh();
    onError(error);
  };

  const create = useMutation({
    mutationFn: (name: string) => api.groups.create({ forumId, name }),
    onSuccess: (group) => {
      refresh();
      notifyDone(t('groups.created', { name: group.name }), { group: 'groups' });
    },
  });

  const rename = useMutation({
    mutationFn: ({ id, name }: { id: string; name: string }) => api.groups.update({ id, patch: { name } }),
    onSuccess: refresh,
  });

  const setRole = useMutation({
    mutationFn: ({ id, role, personId }: { id: string; role: 'facilitatorId' | 'reporterId'; personId: string | null }) =>
      api.groups.update({ id, patch: { [role]: personId } }),
    onSuccess: refresh,
    onError: failed,
  });

  const remove = useMutation({
    mutationFn: (group: SmallGroup) => api.groups.delete({ id: group.id }).then(() => group),
    onSuccess: (group) => {
      refresh();
      notifyDone(t('groups.deleted', { name: group.name }), { group: 'groups' });
    },
    onError: failed,
  });

  const assign = useMutation({
    mutationFn: ({ personId, groupId }: { personId: string; groupId: string | null }) => api.groups.assign({ forumId, personId, groupId }),
    // Moving people around must feel instant: show the move before the core confirms it.
    onMutate: ({ personId, groupId }) => {
      const before = client.getQueryData<GroupList>(key);
      if (before) setList(moveLocally(before, personId, groupId));
    },
    onSuccess: setList,
    onError: failed,
  });

  const autoSplit = useMutation({
    mutationFn: (request: SplitRequest) => api.groups.autoSplit({ ...request, forumId } satisfies AutoSplit),
    onSuccess: setList,
  });

  const undoReport = useMutation({
    mutationFn: (v: { undo: ReportBackUndo; name: string }) => api.groups.undoReportBack({ undo: v.undo }),
    onSuccess: (_group, { name }) => {
      refresh();
      notifyDone(t('groups.report.undone', { name }), { group: 'groups' });
    },
    onError: failed,
  });

  // The issues and the report note change too: their change events refresh the issue and note lists.
  const reportBack = useMutation({
    mutationFn: (v: { groupId: string; agendaItemId: string | null }) => api.groups.reportBack(v),
    onSuccess: (done) => {
      refresh();
      notifyDone(t('groups.report.done', { name: done.group.name, count: done.issueIds.length }), {
        group: 'groups',
        undo: { label: t('common.undo'), onUndo: () => undoReport.mutate({ undo: done.undo, name: done.group.name }) },
      });
    },
    onError: failed,
  });

  return { create, rename, setRole, remove, assign, autoSplit, reportBack, undoReport };
}

/** The list as it will be once `personId` is in `groupId` (null = in no group). */
function moveLocally(list: GroupList, personId: string, groupId: string | null): GroupList {
  const person = [...list.unassigned, ...list.groups.flatMap((g) => g.members)].find((p) => p.id === personId);
  if (!person) return list;
  return {
    ...list,
    unassigned: groupId === null ? [...list.unassigned.filter((p) => p.id !== personId), person] : list.unassigned.filter((p) => p.id !== personId),
    groups: list.groups.map((g) => {
      const members = g.members.filter((p) => p.id !== personId);
      return {
        ...g,
        members: g.id === groupId ? [...members, person] : members,
        reporter: g.reporter?.id === personId && g.id !== groupId ? null : g.reporter,
      };
    }),
  };
}
