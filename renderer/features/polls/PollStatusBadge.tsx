/** draft / open / closed, coloured so an open poll stands out in the list. */
import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PollStatus } from '../../../shared/contract';

const COLOR: Record<PollStatus, string> = { draft: 'gray', open: 'green', closed: 'blue' };

export function PollStatusBadge({ status, ...rest }: { status: PollStatus } & BadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOR[status]} variant={status === 'open' ? 'filled' : 'light'} {...rest}>
      {t(`polls.status.${status}`)}
    </Badge>
  );
}
