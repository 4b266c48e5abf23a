/** A project's follow-up status as a coloured badge ("no report yet" when there is none). */
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FollowUpStatus } from '../../../shared/domain/follow-through-vocabulary';
import { STATUS_COLOURS } from './status-colours';

export function StatusBadge({ status, size = 'md' }: { status: FollowUpStatus | null; size?: 'md' | 'lg' | 'xl' }) {
  const { t } = useTranslation();
  const key = status ?? 'none';
  return (
    <Badge size={size} color={STATUS_COLOURS[key]} variant={status ? 'filled' : 'outline'} style={{ whiteSpace: 'nowrap' }}>
      {t(`followUp.status.${key}`)}
    </Badge>
  );
}
