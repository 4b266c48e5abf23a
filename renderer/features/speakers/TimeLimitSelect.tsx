/** The forum's per-speech limit: a short list of the usual choices (and whatever is set now). */
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatClock } from '../../ui/speech-time';

const CHOICES = [60, 90, 120, 180, 300, 600];
const NONE = 'none';

export function TimeLimitSelect({ seconds, onChange }: { seconds: number | null; onChange: (seconds: number | null) => void }) {
  const { t } = useTranslation();
  const values = seconds !== null && !CHOICES.includes(seconds) ? [...CHOICES, seconds].sort((a, b) => a - b) : CHOICES;
  return (
    <Select
      w={220}
      label={t('speakers.limit.label')}
      value={seconds === null ? NONE : String(seconds)}
      onChange={(v) => v !== null && onChange(v === NONE ? null : Number(v))}
      allowDeselect={false}
      data={[
        { value: NONE, label: t('speakers.limit.none') },
        ...values.map((s) => ({ value: String(s), label: t('speakers.limit.minutes', { time: formatClock(s * 1000) }) })),
      ]}
      data-testid="time-limit"
    />
  );
}
