/** "Arrived N of M on the list", large enough to read from the other side of the table. */
import { Paper, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../../shared/contract';
import { useFormat } from '../../../i18n/format';

export function CheckInCounter({ forum }: { forum: Output<'forums.get'> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const share = forum.attendeeCount ? forum.checkedInCount / forum.attendeeCount : 0;
  return (
    <Paper withBorder radius="md" p="lg" data-testid="checkin-counter">
      <Stack gap={4}>
        <Text c="dimmed">{t('checkIn.counterLabel')}</Text>
        <Text fz={56} fw={700} lh={1.2} c="wethi.8">
          {format.number(forum.checkedInCount)}
        </Text>
        <Text fz="lg">{t('checkIn.counterOf', { checkedIn: forum.checkedInCount, registered: forum.attendeeCount })}</Text>
        <Progress value={share * 100} size="lg" mt="xs" aria-hidden />
      </Stack>
    </Paper>
  );
}
