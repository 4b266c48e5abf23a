/** The latest arrivals, newest first, each with its own undo. */
import { ActionIcon, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../../shared/contract';
import { fullName } from '../../../../shared/domain/thai-text';
import { useFormat } from '../../../i18n/format';

type Attendee = Output<'attendance.list'>[number];

export function RecentCheckIns({ attendees, onUndo }: { attendees: Attendee[]; onUndo: (person: Attendee['person']) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const recent = attendees
    .filter((a): a is Attendee & { checkedInAt: string } => a.checkedInAt !== null)
    .sort((a, b) => b.checkedInAt.localeCompare(a.checkedInAt))
    .slice(0, 8);
  return (
    <Paper withBorder radius="md" p="lg">
      <Stack gap="xs">
        <Text fw={700}>{t('checkIn.recent')}</Text>
        {recent.length === 0 ? <Text c="dimmed">{t('checkIn.recentEmpty')}</Text> : null}
        <Stack gap={4} data-testid="recent-checkins">
          {recent.map((a) => (
            <Group key={a.person.id} justify="space-between" wrap="nowrap" gap="xs">
              <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
                <Text c="dimmed" fz="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {format.time(a.checkedInAt)}
                </Text>
                <Text truncate>{fullName(a.person)}</Text>
              </Group>
              <Tooltip label={t('checkIn.undoFor', { name: fullName(a.person) })}>
                <ActionIcon variant="subtle" color="gray" aria-label={t('checkIn.undoFor', { name: fullName(a.person) })} onClick={() => onUndo(a.person)}>
                  <IconArrowBackUp size={18} />
                </ActionIcon>
              </Tooltip>
            </Group>
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
}
