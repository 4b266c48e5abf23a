/**
 * Asks before saving a day more than five years from today: most likely a year typed in the
 * wrong era (2026 for 2569) or a slip of a digit. "Go back" is the default answer.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isFarFromToday, isoDay } from '../../shared/domain/buddhist-date';
import { useFormat } from '../i18n/format';
import { ConfirmDialog } from './ConfirmDialog';

const YEARS = 5;

export function useFarDateCheck() {
  const { t } = useTranslation();
  const format = useFormat();
  const [pending, setPending] = useState<{ dates: string[]; save: () => void } | null>(null);

  /** Runs `save` at once when every given day is near, else after the user confirms. */
  const check = (days: readonly (string | null | undefined)[], save: () => void) => {
    const today = isoDay(new Date());
    const far = days.filter((d): d is string => !!d && isFarFromToday(d, today, YEARS));
    if (far.length === 0) save();
    else setPending({ dates: far, save });
  };

  const dialog = (
    <ConfirmDialog
      opened={pending !== null}
      title={t('dates.farTitle', { years: YEARS })}
      confirmLabel={t('dates.farConfirm')}
      cancelLabel={t('dates.farFix')}
      focusCancel
      onConfirm={() => {
        pending?.save();
        setPending(null);
      }}
      onClose={() => setPending(null)}
    >
      {t('dates.farBody', { dates: (pending?.dates ?? []).map((d) => format.date(d)).join(', ') })}
    </ConfirmDialog>
  );
  return { check, dialog };
}
