/** Duplicate, archive and delete (with Undo) a forum, with the notifications that go with them. */
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../shared/contract';
import { useApi } from '../../api/ApiProvider';
import { notifyDone, useNotifyError } from '../../ui/notify';

type Forum = Output<'forums.get'>;

export function useForumActions() {
  const { t } = useTranslation();
  const api = useApi();
  const onError = useNotifyError();

  const restore = useMutation({
    mutationFn: (forum: Forum) => api.forums.restore({ id: forum.id }),
    onSuccess: (forum) => notifyDone(t('forums.restored', { title: forum.title })),
    onError,
  });
  const duplicate = useMutation({
    mutationFn: (forum: Forum) => api.forums.duplicate({ id: forum.id }),
    onSuccess: (copy) => notifyDone(t('forums.duplicated', { title: copy.title })),
    onError,
  });
  const setArchived = useMutation({
    mutationFn: ({ forum, archived }: { forum: Forum; archived: boolean }) => api.forums.setArchived({ id: forum.id, archived }),
    onSuccess: (forum) => notifyDone(t(forum.archived ? 'forums.archived' : 'forums.unarchived', { title: forum.title })),
    onError,
  });
  const remove = useMutation({
    mutationFn: (forum: Forum) => api.forums.delete({ id: forum.id }).then(() => forum),
    onSuccess: (forum) => notifyDone(t('forums.deleted', { title: forum.title }), { undo: { label: t('common.undo'), onUndo: () => restore.mutate(forum) } }),
    onError,
  });

  return { duplicate, setArchived, remove, restore };
}
