/**
 * One agenda item: number, title, planned minutes, time spent (ticking while its clock runs)
 * and the overrun in red. The current item is tinted; the selected one is outlined.
 */
import { Badge, Box, Group, Menu, Stack, Text, Tooltip } from '@mantine/core';
import { IconClockX, IconGripVertical, IconPencil, IconPlayerPlay, IconPlayerStop, IconPointer, IconTrash } from '@tabler/icons-react';
import type { DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { elapsedMs, formatClock, overrunMs } from '../../../shared/domain/agenda-clock';
import { keepFocus, RowButton, RowMenu } from '../../ui/RowActions';
import { AGENDA_COLUMNS, NEST_INDENT, rowDomId } from './agenda-layout';
import type { AgendaItem } from '../../api/queries/agenda';

export interface RowActions {
  select: () => void;
  toggleClock: () => void;
  edit: () => void;
  remove: () => void;
  makeCurrent: () => void;
  resetClock: () => void;
}

interface Props {
  item: AgendaItem;
  now: number;
  selected: boolean;
  current: boolean;
  actions: RowActions;
  drag: {
    onDragStart: (e: DragEvent) => void;
    onDragOver: (e: DragEvent) => void;
    onDrop: (e: DragEvent) => void;
    onDragEnd: () => void;
    over: boolean;
  };
}

export function AgendaRow({ item, now, selected, current, actions, drag }: Props) {
  const { t } = useTranslation();
  const running = item.runningSince !== null;
  const spent = elapsedMs(item, now);
  const over = overrunMs(item, now);
  const nested = item.parentId !== null;

  return (
    <Box
      id={rowDomId(item.id)}
      role="row"
      aria-selected={selected}
      data-testid="agenda-row"
      data-current={current || undefined}
      data-running={running || undefined}
      draggable
      onDragStart={drag.onDragStart}
      onDragOver={drag.onDragOver}
      onDrop={drag.onDrop}
      onDragEnd={drag.onDragEnd}
      onClick={actions.select}
      onDoubleClick={actions.edit}
      style={{
        display: 'grid',
        gridTemplateColumns: AGENDA_COLUMNS,
        alignItems: 'center',
        gap: 12,
        padding: '10px 12px',
        paddingLeft: 12 + (nested ? NEST_INDENT : 0),
        borderRadius: 8,
        cursor: 'pointer',
        background: current ? 'var(--mantine-color-wethi-0)' : undefined,
        borderLeft: `5px solid ${current ? 'var(--mantine-color-wethi-7)' : 'transparent'}`,
        outline: selected ? '2px solid var(--mantine-color-blue-6)' : undefined,
        outlineOffset: -2,
        boxShadow: drag.over ? 'inset 0 3px 0 var(--mantine-color-blue-6)' : undefined,
      }}
    >
      <IconGripVertical size={18} color="var(--mantine-color-gray-5)" aria-hidden style={{ cursor: 'grab' }} />
      <Text role="gridcell" fw={700} fz={nested ? 'lg' : 22} lh={1.5} data-testid="agenda-number">
        {item.number}
      </Text>
      <Stack role="gridcell" gap={2} style={{ minWidth: 0 }}>
        <Group gap="xs" wrap="wrap">
          <Text fz={nested ? 'md' : 'lg'} fw={current ? 700 : 500} lh={1.55} data-testid="agenda-title">
            {item.title}
          </Text>
          {current ? (
            <Badge color="wethi" variant={running ? 'filled' : 'light'} size="md">
              {running ? t('agenda.running') : t('agenda.current')}
            </Badge>
          ) : null}
        </Group>
        {item.description ? (
          <Text c="dimmed" size="sm" lineClamp={2}>
            {item.description}
          </Text>
        ) : null}
      </Stack>
      <Text role="gridcell" ta="right" fz="md">
        {item.plannedMinutes === null ? '—' : t('agenda.minutes', { count: item.plannedMinutes })}
      </Text>
      <Text role="gridcell" ta="right" fz="lg" fw={running ? 700 : 400} c={running ? 'wethi.8' : undefined} style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="agenda-elapsed">
        {spent > 0 || running ? formatClock(spent) : '—'}
      </Text>
      <Text role="gridcell" ta="right" fz="lg" fw={700} c="red.8" style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="agenda-overrun">
        {over > 0 ? `+${formatClock(over)}` : ''}
      </Text>
      <Group role="gridcell" gap={4} justify="flex-end" wrap="nowrap" onMouseDown={keepFocus}>
        <Tooltip label={running ? t('agenda.actions.stop') : t('agenda.actions.start')}>
          <RowButton
            variant={running ? 'filled' : 'light'}
            color={running ? 'red' : 'wethi'}
            label={running ? t('agenda.actions.stop') : t('agenda.actions.start')}
            onClick={actions.toggleClock}
          >
            {running ? <IconPlayerStop size={20} /> : <IconPlayerPlay size={20} />}
          </RowButton>
        </Tooltip>
        <RowMenu label={t('agenda.actions.more')}>
          <Menu.Item leftSection={<IconPencil size={16} />} onClick={actions.edit}>
            {t('agenda.actions.edit')}
          </Menu.Item>
          <Menu.Item leftSection={<IconPointer size={16} />} onClick={actions.makeCurrent} disabled={current}>
            {t('agenda.actions.makeCurrent')}
          </Menu.Item>
          <Menu.Item leftSection={<IconClockX size={16} />} onClick={actions.resetClock} disabled={spent === 0 && !running}>
            {t('agenda.actions.resetClock')}
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item leftSection={<IconTrash size={16} />} color="red" onClick={actions.remove}>
            {t('agenda.actions.delete')}
          </Menu.Item>
        </RowMenu>
      </Group>
    </Box>
  );
}
