/** The gaps in who is in the room, said plainly and placed first (seed 000). */
import { Alert, Stack } from '@mantine/core';
import { IconAlertTriangle, IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Representation } from '../../../shared/contract';
import { SECTORS, type Sector } from '../../../shared/domain/vocabulary';

const isSector = (value: string | undefined): value is Sector => (SECTORS as readonly string[]).includes(value ?? '');

export function WarningList({ warnings }: { warnings: Representation['warnings'] }) {
  const { t } = useTranslation();
  if (warnings.length === 0) return null;
  return (
    <Stack gap="sm" data-testid="representation-warnings">
      {warnings.map((w) => {
        const sector = isSector(w.params.sector) ? t(`vocab.sector.${w.params.sector}`) : (w.params.sector ?? '');
        const key = `${w.key}-${w.params.sector ?? ''}`;
        switch (w.key) {
          case 'no_attendees':
            return (
              <Alert key={key} color="blue" icon={<IconUsersGroup />} title={t('representation.warnings.noAttendeesTitle')}>
                {t('representation.warnings.noAttendees')}
              </Alert>
            );
          case 'no_disadvantaged':
            return (
              <Alert key={key} color="red" variant="filled" icon={<IconAlertTriangle />} title={t('representation.warnings.noDisadvantagedTitle')} fz="lg">
                {t('representation.warnings.noDisadvantaged')}
              </Alert>
            );
          case 'sector_missing':
            return (
              <Alert key={key} color="orange" icon={<IconAlertTriangle />} title={t('representation.warnings.sectorMissingTitle', { sector })}>
                {t('representation.warnings.sectorMissing', { sector })}
              </Alert>
            );
          default:
            return null;
        }
      })}
    </Stack>
  );
}
