/** Deleting a project (with Undo, which puts it back in its place) and moving it up or down the plan. */
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiProvider';
import { notifyDone } from '../../ui/notify';
import { useNotifyApiError } from '../../ui/api-errors';
import type { Project } from '../../api/queries/projects';

export function usePlanActions(forumId: string, projects: Project[]) {
  const { t } = useTranslation();
  const api = useApi();
  const onError = useNotifyApiError();
  const restore = useMutation({
    mutationFn: (p: Project) => api.projects.restore({ id: p.id }),
    onSuccess: (p) => notifyDone(t('plan.restored', { title: p.title }), { group: 'project-delete' }),
    onError,
  });
  const remove = useMutation({
    mutationFn: (p: Project) => api.projects.delete({ id: p.id }).then(() => p),
    onSuccess: (p) =>
      notifyDone(t('plan.deleted', { title: p.title }), {
        group: 'project-delete',
        undo: { label: t('common.undo'), onUndo: () => restore.mutate(p) },
      }),
    onError,
  });
  const reorder = useMutation({
    mutationFn: ({ id, by }: { id: string; by: -1 | 1 }) => {
      const ids = projects.map((p) => p.id);
      const i = ids.indexOf(id);
      const j = i + by;
      if (i < 0 || j < 0 || j >= ids.length) return Promise.resolve(projects);
      [ids[i], ids[j]] = [ids[j] as string, ids[i] as string];
      return api.projects.reorder({ forumId, orderedIds: ids });
    },
    onError,
  });
  return { remove, reorder };
}
