/** A forum's status as a coloured badge; the same colours on every screen. */
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../shared/contract';

type Forum = Output<'forums.get'>;

const STATUS_COLOR: Record<Forum['status'], string> = { planned: 'blue', open: 'green', closed: 'gray' };

export function StatusBadge({ forum, size = 'md' }: { forum: Pick<Forum, 'status' | 'archived'>; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <>
      <Badge color={STATUS_COLOR[forum.status]} variant="light" size={size}>
        {t(`vocab.status.${forum.status}`)}
      </Badge>
      {forum.archived ? (
        <Badge color="gray" variant="outline" size={size} ml={4}>
          {t('forums.archivedBadge')}
        </Badge>
      ) : null}
    </>
  );
}
