/**
 * One issue in the list: its number, title, category, who raised it and at which agenda item;
 * opened, its causes, potentials and needs, each editable in place.
 */
import { Badge, Box, Group, Menu, SimpleGrid, Stack, Text } from '@mantine/core';
import {
  IconArrowMerge,
  IconArrowsSplit,
  IconChevronDown,
  IconChevronRight,
  IconGripVertical,
  IconPencil,
  IconTrash,
} from '@tabler/icons-react';
import type { DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IssueDetailKind } from '../../../shared/contract';
import { keepFocus, RowButton, RowMenu } from '../../ui/RowActions';
import { DetailList } from './DetailList';
import type { Issue } from '../../api/queries/issues';

export const issueDomId = (id: string) => `issue-${id}`;

export interface CardActions {
  select: () => void;
  toggle: () => void;
  edit: () => void;
  merge: () => void;
  split: () => void;
  remove: () => void;
  saveDetails: (kind: IssueDetailKind, lines: string[]) => void;
}

interface Props {
  issue: Issue;
  number: number;
  categoryLabel: string | null;
  agendaNumber: string | null;
  selected: boolean;
  expanded: boolean;
  actions: CardActions;
  drag: { onDragStart: (e: DragEvent) => void; onDragOver: (e: DragEvent) => void; onDrop: (e: DragEvent) => void; onDragEnd: () => void; over: boolean };
}

export function IssueCard({ issue, number, categoryLabel, agendaNumber, selected, expanded, actions, drag }: Props) {
  const { t } = useTranslation();
  return (
    <Box
      id={issueDomId(issue.id)}
      role="row"
      aria-selected={selected}
      aria-expanded={expanded}
      data-testid="issue-row"
      draggable
      onDragStart={drag.onDragStart}
      onDragOver={drag.onDragOver}
      onDrop={drag.onDrop}
      onDragEnd={drag.onDragEnd}
      onClick={actions.select}
      style={{
        border: '1px solid var(--mantine-color-gray-3)',
        borderRadius: 8,
        padding: '8px 12px',
        background: selected ? 'var(--mantine-color-blue-0)' : 'white',
        outline: selected ? '2px solid var(--mantine-color-blue-6)' : undefined,
        outlineOffset: -1,
        boxShadow: drag.over ? 'inset 0 3px 0 var(--mantine-color-blue-6)' : undefined,
        cursor: 'pointer',
      }}
    >
      <Group role="presentation" gap="sm" wrap="nowrap" align="flex-start">
        <IconGripVertical size={18} color="var(--mantine-color-gray-5)" aria-hidden style={{ marginTop: 6, cursor: 'grab', flexShrink: 0 }} />
        <Text role="gridcell" fw={700} fz="lg" lh={1.55} miw={28} ta="right" data-testid="issue-number">
          {number}.
        </Text>
        <Stack role="gridcell" gap={2} style={{ flex: 1, minWidth: 0 }}>
          <Text fz="lg" fw={600} lh={1.55} data-testid="issue-title">
            {issue.title}
          </Text>
          <Group gap="xs" c="dimmed">
            {issue.raisedBy ? <Text size="sm">{t('issues.raisedBy', { name: issue.raisedBy.name })}</Text> : null}
            <Text size="sm">{t('issues.details.summary', { causes: issue.causes.length, potentials: issue.potentials.length, needs: issue.needs.length })}</Text>
          </Group>
        </Stack>
        <Group role="gridcell" gap={6} wrap="nowrap" style={{ flexShrink: 0 }} onMouseDown={keepFocus}>
          {agendaNumber ? (
            <Badge variant="outline" color="gray" size="lg">
              {t('issues.agendaItem', { number: agendaNumber })}
            </Badge>
          ) : null}
          <Badge variant="light" color={categoryLabel ? 'wethi' : 'gray'} size="lg" data-testid="issue-category">
            {categoryLabel ?? t('issues.uncategorised')}
          </Badge>
          <RowButton label={expanded ? t('issues.actions.collapse') : t('issues.actions.expand')} onClick={actions.toggle}>
            {expanded ? <IconChevronDown size={20} /> : <IconChevronRight size={20} />}
          </RowButton>
          <RowMenu label={t('issues.actions.more')}>
            <Menu.Item leftSection={<IconPencil size={16} />} onClick={actions.edit}>
              {t('issues.actions.edit')}
            </Menu.Item>
            <Menu.Item leftSection={<IconArrowMerge size={16} />} onClick={actions.merge}>
              {t('issues.actions.merge')}
            </Menu.Item>
            <Menu.Item leftSection={<IconArrowsSplit size={16} />} onClick={actions.split}>
              {t('issues.actions.split')}
            </Menu.Item>
            <Menu.Divider />
            <Menu.Item leftSection={<IconTrash size={16} />} color="red" onClick={actions.remove}>
              {t('issues.actions.delete')}
            </Menu.Item>
          </RowMenu>
        </Group>
      </Group>
      {expanded ? (
        <SimpleGrid role="gridcell" cols={{ base: 1, md: 3 }} spacing="lg" mt="sm" ml={60} onClick={(e) => e.stopPropagation()}>
          <DetailList testId="issue-causes" label={t('issues.details.cause')} color="orange.8" items={issue.causes} onSave={(l) => actions.saveDetails('cause', l)} />
          <DetailList
            testId="issue-potentials"
            label={t('issues.details.potential')}
            color="teal.8"
            items={issue.potentials}
            onSave={(l) => actions.saveDetails('potential', l)}
          />
          <DetailList testId="issue-needs" label={t('issues.details.need')} color="blue.8" items={issue.needs} onSave={(l) => actions.saveDetails('need', l)} />
        </SimpleGrid>
      ) : null}
    </Box>
  );
}
