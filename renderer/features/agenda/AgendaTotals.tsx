/** Planned against actual for the whole agenda, under the list: is the forum running late? */
import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MS_PER_MINUTE, agendaTotals, formatClock } from '../../../shared/domain/agenda-clock';
import type { AgendaItem } from '../../api/queries/agenda';

export function AgendaTotals({ items, now }: { items: readonly AgendaItem[]; now: number }) {
  const { t } = useTranslation();
  const totals = agendaTotals(items, now);
  const over = totals.plannedMinutes === null ? 0 : totals.elapsedMs - totals.plannedMinutes * MS_PER_MINUTE;
  return (
    <Group gap="xl" px="md" py="sm" bg="gray.0" style={{ borderRadius: 8 }} data-testid="agenda-totals">
      <Text fz="lg">
        {t('agenda.totals.planned')}{' '}
        <Text span fw={700}>
          {totals.plannedMinutes === null ? '—' : t('agenda.minutes', { count: totals.plannedMinutes })}
        </Text>
      </Text>
      <Text fz="lg">
        {t('agenda.totals.actual')}{' '}
        <Text span fw={700} style={{ fontVariantNumeric: 'tabular-nums' }}>
          {formatClock(totals.elapsedMs)}
        </Text>
      </Text>
      {totals.plannedMinutes !== null ? (
        over > 0 ? (
          <Text fz="lg" c="red.8" fw={700}>
            {t('agenda.totals.over', { time: formatClock(over) })}
          </Text>
        ) : (
          <Text fz="lg" c="dimmed">
            {t('agenda.totals.left', { time: formatClock(-over) })}
          </Text>
        )
      ) : null}
    </Group>
  );
}
