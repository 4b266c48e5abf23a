/**
 * The current agenda item for the hall: its number and title, and a big clock that ticks in
 * this window (no polling), turning red with the overrun once the planned time is used up.
 */
import { Box, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProjectorView } from '../../../shared/contract';
import { elapsedMs, formatClock, overrunMs, remainingMs } from '../../../shared/domain/agenda-clock';
import { type AgendaItem, useAgenda } from '../../api/queries/agenda';
import { useClockNow } from '../../ui/useClockNow';
import { ACCENT, FG, MUTED, OVER, PANEL, size } from '../../ui/projector-style';

type AgendaView = Extract<ProjectorView, { mode: 'agenda' }>;

export function ProjectorAgenda({ forumId, view }: { forumId: string; view: AgendaView }) {
  const { t } = useTranslation();
  const agenda = useAgenda(forumId);
  const items = agenda.data?.items ?? [];
  const now = useClockNow(items);
  const current = items.find((i) => i.id === agenda.data?.currentItemId);

  const main = current ? (
    <CurrentItem item={current} now={now} showTimer={view.showTimer} />
  ) : (
    <Stack align="center" gap="2vh" data-testid="projector-agenda-none">
      <Text fz={size.title} fw={700} c={FG} ta="center" lh={1.4}>
        {t('projectorView.agenda.noCurrent')}
      </Text>
      {items.length === 0 ? (
        <Text fz={size.large} c={ACCENT} ta="center">
          {t('projectorView.agenda.empty')}
        </Text>
      ) : null}
    </Stack>
  );

  if (!view.showOutline || items.length === 0) return main;
  return (
    <Group align="stretch" gap="4vw" wrap="nowrap" w="100%">
      <Box style={{ flex: 3, display: 'flex', alignItems: 'center', justifyContent: 'center' }}>{main}</Box>
      <Outline items={items} currentId={current?.id ?? null} />
    </Group>
  );
}

function CurrentItem({ item, now, showTimer }: { item: AgendaItem; now: number; showTimer: boolean }) {
  const { t } = useTranslation();
  const spent = elapsedMs(item, now);
  const over = overrunMs(item, now);
  // A countdown shows the second it is in (19:59 during the first second), so that elapsed plus
  // left always adds up to the plan.
  const remaining = remainingMs(item, now);
  const left = remaining === null ? null : Math.ceil(remaining / 1000) * 1000;
  return (
    <Stack align="center" gap="2vh" style={{ textAlign: 'center', width: '100%' }} data-testid="projector-agenda">
      <Text fz={size.large} c={ACCENT} fw={500} lh={1.5} data-testid="projector-agenda-number">
        {t('projectorView.agenda.itemNumber', { number: item.number })}
      </Text>
      <Text component="h1" fz={size.title} fw={700} lh={1.4} c={FG} m={0} data-testid="projector-agenda-title">
        {item.title}
      </Text>
      {item.description ? (
        <Text fz={size.body} c={MUTED} lh={1.6} maw="80vw" lineClamp={3}>
          {item.description}
        </Text>
      ) : null}
      {showTimer ? (
        <Stack gap={0} align="center" mt="2vh">
          <Text
            fz={size.huge}
            fw={700}
            lh={1.1}
            c={over > 0 ? OVER : FG}
            style={{ fontVariantNumeric: 'tabular-nums' }}
            data-testid="projector-clock"
            data-running={item.runningSince !== null || undefined}
          >
            {formatClock(spent)}
          </Text>
          <Group gap="3vw" justify="center">
            <Text fz={size.large} c={MUTED} data-testid="projector-planned">
              {item.plannedMinutes === null ? t('projectorView.agenda.noPlan') : t('projectorView.agenda.planned', { count: item.plannedMinutes })}
            </Text>
            {over > 0 ? (
              <Text fz={size.large} fw={700} c={OVER} data-testid="projector-overrun">
                {t('projectorView.agenda.over', { time: formatClock(over) })}
              </Text>
            ) : left !== null ? (
              <Text fz={size.large} c={ACCENT}>
                {t('projectorView.agenda.left', { time: formatClock(left) })}
              </Text>
            ) : null}
          </Group>
        </Stack>
      ) : null}
    </Stack>
  );
}

function Outline({ items, currentId }: { items: readonly AgendaItem[]; currentId: string | null }) {
  return (
    <Stack gap={6} style={{ flex: 2, background: PANEL, borderRadius: 16, padding: '3vh 2vw', alignSelf: 'center' }} data-testid="projector-outline">
      {items.map((item) => {
        const isCurrent = item.id === currentId;
        return (
          <Group key={item.id} gap="1vw" wrap="nowrap" align="flex-start" pl={item.parentId ? '2.5vw' : 0}>
            <Text fz={size.body} fw={700} c={isCurrent ? ACCENT : MUTED} miw="3ch">
              {item.number}
            </Text>
            <Text fz={size.body} fw={isCurrent ? 700 : 400} c={isCurrent ? ACCENT : FG} lh={1.5}>
              {item.title}
            </Text>
          </Group>
        );
      })}
    </Stack>
  );
}
