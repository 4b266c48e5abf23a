/**
 * Checking people in, adding new ones, and undoing the last check-in (the notification's Undo
 * and Ctrl+Z do the same thing).
 */
import { useMutation } from '@tanstack/react-query';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Input, Output } from '../../../../shared/contract';
import { fullName } from '../../../../shared/domain/thai-text';
import { useApi } from '../../../api/ApiProvider';
import { useFormat } from '../../../i18n/format';
import { notifyDone, useNotifyError } from '../../../ui/notify';

type Person = Output<'people.get'>;
type Attendee = Output<'attendance.checkIn'>;

export function useCheckIn(forumId: string, afterChange: () => void) {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const onError = useNotifyError();
  const last = useRef<Person | null>(null);

  const undo = useMutation({
    mutationFn: (person: Person) => api.attendance.undoCheckIn({ forumId, personId: person.id }).then(() => person),
    onSuccess: (person) => {
      if (last.current?.id === person.id) last.current = null;
      notifyDone(t('checkIn.undone', { name: fullName(person) }), { group: 'checkin' });
      afterChange();
    },
    onError,
  });

  const announce = (attendee: Attendee) => {
    last.current = attendee.person;
    notifyDone(t('checkIn.done', { name: fullName(attendee.person), time: attendee.checkedInAt ? format.time(attendee.checkedInAt) : '' }), {
      group: 'checkin',
      undo: { label: t('common.undo'), keys: 'Ctrl+Z', onUndo: () => undo.mutate(attendee.person) },
    });
    afterChange();
  };

  const checkIn = useMutation({
    mutationFn: (person: Person) => api.attendance.checkIn({ forumId, personId: person.id }),
    onSuccess: announce,
    onError,
  });

  const addAndCheckIn = useMutation({
    mutationFn: (person: Input<'attendance.addAndCheckIn'>['person']) => api.attendance.addAndCheckIn({ forumId, person }),
    onSuccess: announce,
  });

  return {
    checkIn,
    addAndCheckIn,
    undo,
    /** Ctrl+Z: undoes this window's last check-in, once. */
    undoLast: () => {
      if (last.current && !undo.isPending) undo.mutate(last.current);
    },
    hasLast: () => last.current !== null,
  };
}
