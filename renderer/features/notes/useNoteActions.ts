/**
 * Every change made to stored notes and resolutions from the pane. Each answer goes straight
 * into the cache so the list moves at once; the change event then refreshes other windows.
 * A delete can be undone from its notification or with Ctrl+Z (once, for the last one).
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Input } from '../../../shared/contract';
import { useApi } from '../../api/ApiProvider';
import { notifyDone, useNotifyError } from '../../ui/notify';
import { type Note, noteKeys, type Resolution } from '../../api/queries/notes';

export function useNoteActions(forumId: string) {
  const { t } = useTranslation();
  const api = useApi();
  const client = useQueryClient();
  const onError = useNotifyError();
  const lastDeleted = useRef<Note | null>(null);

  /** Puts a note as the core now has it into the list (or takes it out when it went to the trash). */
  const put = (note: Note) =>
    client.setQueryData<Note[]>(noteKeys.list(forumId), (old) => {
      if (!old) return old;
      const others = old.filter((n) => n.id !== note.id);
      if (note.deletedAt !== null) return others;
      const merged = [...others, note];
      // The list is in the order the notes were taken; a restored note goes back to its place.
      return merged.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
    });
  const refreshResolutions = () => void client.invalidateQueries({ queryKey: noteKeys.resolutions(forumId) });

  const update = useMutation({
    mutationFn: (v: Input<'notes.update'>) => api.notes.update(v),
    onSuccess: put,
    onError,
  });

  const move = useMutation({
    mutationFn: (v: { note: Note; agendaItemId: string | null; label: string }) => api.notes.move({ id: v.note.id, agendaItemId: v.agendaItemId }),
    onSuccess: (note, { label }) => {
      put(note);
      notifyDone(t('notes.moved', { item: label }), { group: 'notes' });
    },
    onError,
  });

  const restore = useMutation({
    mutationFn: (note: Note) => api.notes.restore({ id: note.id }),
    onSuccess: (note) => {
      if (lastDeleted.current?.id === note.id) lastDeleted.current = null;
      put(note);
      notifyDone(t('notes.restored'), { group: 'notes' });
    },
    onError,
  });

  const remove = useMutation({
    mutationFn: (note: Note) => api.notes.delete({ id: note.id }).then(() => note),
    onSuccess: (note) => {
      lastDeleted.current = note;
      put({ ...note, deletedAt: new Date().toISOString() });
      notifyDone(t('notes.deleted'), {
        group: 'notes',
        undo: { label: t('common.undo'), keys: 'Ctrl+Z', onUndo: () => restore.mutate(note) },
      });
    },
    onError,
  });

  const toResolution = useMutation({
    mutationFn: (note: Note) => api.notes.resolutionFromNote({ noteId: note.id }),
    onSuccess: () => {
      refreshResolutions();
      notifyDone(t('notes.resolution.fromNoteDone'), { group: 'notes' });
    },
    onError,
  });

  const setResolution = useMutation({
    mutationFn: (v: Input<'notes.setResolution'>) => api.notes.setResolution(v),
    onSuccess: refreshResolutions,
    onError,
  });

  const deleteResolution = useMutation({
    mutationFn: (r: Resolution) => api.notes.deleteResolution({ id: r.id }).then(() => r),
    onSuccess: (r) => {
      refreshResolutions();
      notifyDone(t('notes.resolution.deleted'), {
        group: 'notes',
        undo: {
          label: t('common.undo'),
          onUndo: () => setResolution.mutate({ forumId, agendaItemId: r.agendaItemId, text: r.text, sourceNoteId: r.sourceNoteId }),
        },
      });
    },
    onError,
  });

  return {
    put,
    update,
    move,
    remove,
    restore,
    toResolution,
    setResolution,
    deleteResolution,
    /** Ctrl+Z: brings back this window's last deleted note, once. */
    undoLast: () => {
      if (lastDeleted.current && !restore.isPending) restore.mutate(lastDeleted.current);
    },
  };
}
