/**
 * A day field in the Buddhist Era: shows and takes dd/mm/yyyy พ.ศ. (a typed year is always
 * พ.ศ., Thai digits too), a calendar in the current language with พ.ศ. years, and the day
 * written out underneath so what was understood is plain before saving. Holds 'YYYY-MM-DD'
 * (or '' when empty), as the contract does.
 */
import { Text } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { parseBuddhistDate } from '../../shared/domain/buddhist-date';
import { calendarFormats, FIELD_FORMAT } from '../i18n/dates';
import { useFormat } from '../i18n/format';

interface Props {
  label: string;
  value: string;
  onChange: (isoDate: string) => void;
  error?: string;
  required?: boolean;
  /** Optional fields can be emptied. */
  clearable?: boolean;
  name?: string;
}

export function BuddhistDateInput({ label, value, onChange, error, required, clearable, name }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(value);
  return (
    <DateInput
      label={label}
      name={name}
      withAsterisk={required}
      value={valid ? value : null}
      onChange={(next) => onChange(next ?? '')}
      valueFormat={FIELD_FORMAT}
      dateParser={parseBuddhistDate}
      placeholder={t('dates.placeholder')}
      clearable={clearable}
      leftSection={<IconCalendar size={18} aria-hidden />}
      rightSection={
        <Text size="sm" c="dimmed" aria-hidden>
          {t('dates.era')}
        </Text>
      }
      error={error}
      description={valid ? format.date(value) : t('dates.help')}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      popoverProps={{ withinPortal: true }}
      // Read aloud in พ.ศ. like everything else, not the picker's own Christian-era default.
      getDayAriaLabel={(day) => format.date(day)}
      ariaLabels={{
        nextMonth: t('dates.calendar.nextMonth'),
        previousMonth: t('dates.calendar.previousMonth'),
        nextYear: t('dates.calendar.nextYear'),
        previousYear: t('dates.calendar.previousYear'),
        nextDecade: t('dates.calendar.nextDecade'),
        previousDecade: t('dates.calendar.previousDecade'),
      }}
      {...calendarFormats(format.lang)}
    />
  );
}
