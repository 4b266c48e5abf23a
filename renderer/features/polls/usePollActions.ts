/** The poll's lifecycle (open, close, reopen, delete a draft) and putting it on the projector. */
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiProvider';
import { notifyDone } from '../../ui/notify';
import { useNotifyApiError } from '../../ui/api-errors';
import type { Poll } from '../../api/queries/polls';

export type PollStep = 'open' | 'close' | 'reopen';

const DONE = { open: 'polls.actions.opened', close: 'polls.actions.closed', reopen: 'polls.actions.reopened' } as const;

export function usePollActions(poll: Poll, onDeleted: () => void) {
  const { t } = useTranslation();
  const api = useApi();
  const onError = useNotifyApiError();
  const step = useMutation({
    mutationFn: (which: PollStep) => api.polls[which]({ id: poll.id }),
    onSuccess: (p, which) => notifyDone(t(DONE[which], { title: p.title }), { group: 'poll-status' }),
    onError,
  });
  const remove = useMutation({
    mutationFn: () => api.polls.delete({ id: poll.id }),
    onSuccess: () => {
      notifyDone(t('polls.actions.deleted', { title: poll.title }));
      onDeleted();
    },
    onError,
  });
  const project = useMutation({
    mutationFn: () => api.projector.set({ forumId: poll.forumId, view: { mode: 'poll', pollId: poll.id } }),
    onSuccess: () => notifyDone(t('polls.actions.projected', { title: poll.title }), { group: 'poll-status' }),
    onError,
  });
  return { step, remove, project };
}
