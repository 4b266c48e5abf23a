/**
 * Putting the priority list in order by hand (`priorities.set`), with undo: every move keeps
 * the order before it, and Ctrl+Z (or the notification's Undo) puts that order back. Writes go
 * one after another, so quick Alt+↓ presses land in the order pressed.
 */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiProvider';
import { notifyDone } from '../../ui/notify';
import { useNotifyApiError } from '../../ui/api-errors';
import { useSerialQueue } from '../../ui/useSerialQueue';

/** `show`: the order to display at once, before the host has answered. */
export function usePriorityReorder(forumId: string, show: (issueIds: string[]) => void) {
  const { t } = useTranslation();
  const api = useApi();
  const onError = useNotifyApiError();
  const enqueue = useSerialQueue();
  const history = useRef<string[][]>([]);

  const write = (issueIds: string[]) => enqueue(() => api.priorities.set({ forumId, issueIds }));

  const undo = () => {
    const previous = history.current.pop();
    if (!previous) return;
    show(previous);
    write(previous)
      .then(() => notifyDone(t('polls.priorities.undone'), { group: 'priority-order' }))
      .catch(onError);
  };

  const reorder = (before: string[], after: string[]) => {
    history.current.push(before);
    show(after);
    write(after)
      .then(() => notifyDone(t('polls.priorities.moved'), { group: 'priority-order', undo: { label: t('polls.priorities.undo'), keys: 'Ctrl+Z', onUndo: undo } }))
      .catch((error: unknown) => {
        history.current.pop();
        show(before);
        onError(error);
      });
  };

  return { reorder, undo, canUndo: () => history.current.length > 0 };
}
