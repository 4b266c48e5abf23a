/**
 * One small group: its name, facilitator (any attendee; staff often facilitate), reporter (one
 * of its members, who reports back to the plenary), its work so far (issues and notes) with the
 * step that presents it to the plenary, and its members. People can be dropped on it.
 */
import { ActionIcon, Badge, Button, Group, Menu, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconCheck, IconDots, IconPencil, IconPresentation, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { MemberRow } from './MemberRow';
import type { Attendee, SmallGroup } from '../../api/queries/groups';
import { useDropTarget } from './useDropTarget';

interface Props {
  group: SmallGroup;
  groups: SmallGroup[];
  /** Everyone registered at the forum, for the facilitator. */
  everyone: { value: string; label: string }[];
  details: ReadonlyMap<string, Attendee['person']>;
  onMove: (personId: string, groupId: string | null) => void;
  onRole: (role: 'facilitatorId' | 'reporterId', personId: string | null) => void;
  /** Active issues and notes filed under the group. */
  work: { issues: number; notes: number };
  /** The number of an agenda item, for "reported under item 4". */
  agendaNumber: (itemId: string) => string | null;
  onReport: () => void;
  onRename: () => void;
  onDelete: () => void;
}

export function GroupCard({ group, groups, everyone, details, onMove, onRole, work, agendaNumber, onReport, onRename, onDelete }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const report = group.report;
  const reportedItem = report?.agendaItemId ? agendaNumber(report.agendaItemId) : null;
  const drop = useDropTarget((personId) => onMove(personId, group.id));
  const badgesOf = (personId: string) => [
    ...(group.facilitator?.id === personId ? [t('groups.facilitatorShort')] : []),
    ...(group.reporter?.id === personId ? [t('groups.reporterShort')] : []),
  ];
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      {...drop.props}
      style={{ borderColor: drop.over ? 'var(--mantine-color-wethi-6)' : undefined, borderWidth: drop.over ? 2 : 1 }}
      data-testid="group-card"
      aria-label={group.name}
    >
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
            <Title order={4} style={{ overflowWrap: 'anywhere' }}>
              {group.name}
            </Title>
            <Badge variant="light" size="lg" data-testid="group-size">
              {t('groups.people', { count: group.members.length })}
            </Badge>
          </Group>
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon variant="subtle" color="gray" aria-label={t('groups.actionsFor', { name: group.name })}>
                <IconDots size={20} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item leftSection={<IconPencil size={16} />} onClick={onRename}>
                {t('groups.rename')}
              </Menu.Item>
              <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={onDelete}>
                {t('groups.delete')}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
        <SimpleGrid cols={2} spacing="xs">
          <Select
            size="xs"
            label={t('groups.facilitator')}
            placeholder={t('groups.nobodyYet')}
            searchable
            clearable
            value={group.facilitator?.id ?? null}
            onChange={(v) => onRole('facilitatorId', v)}
            data={everyone}
          />
          <Select
            size="xs"
            label={t('groups.reporter')}
            placeholder={group.members.length ? t('groups.nobodyYet') : t('groups.noMembers')}
            searchable
            clearable
            disabled={group.members.length === 0}
            value={group.reporter?.id ?? null}
            onChange={(v) => onRole('reporterId', v)}
            data={group.members.map((m) => ({ value: m.id, label: m.number !== null ? `#${m.number} ${m.name}` : m.name }))}
          />
        </SimpleGrid>
        <Group justify="space-between" gap="xs" data-testid="group-work">
          <Group gap={6} aria-label={t('groups.work.label')}>
            <Badge variant="outline" color="gray" data-testid="group-issue-count">
              {t('groups.work.issues', { count: work.issues })}
            </Badge>
            <Badge variant="outline" color="gray" data-testid="group-note-count">
              {t('groups.work.notes', { count: work.notes })}
            </Badge>
            {report ? (
              <Badge color="teal" variant="light" leftSection={<IconCheck size={12} />} style={{ textTransform: 'none' }} data-testid="group-reported">
                {reportedItem
                  ? t('groups.report.reportedItem', { time: format.time(report.reportedAt), number: reportedItem })
                  : t('groups.report.reported', { time: format.time(report.reportedAt) })}
              </Badge>
            ) : null}
          </Group>
          <Button size="compact-sm" variant={report ? 'subtle' : 'light'} leftSection={<IconPresentation size={16} />} onClick={onReport} data-testid="group-report-back">
            {report ? t('groups.report.again') : t('groups.report.open')}
          </Button>
        </Group>
        {group.members.length === 0 ? (
          <Text c="dimmed" fz="sm" py="sm">
            {t('groups.emptyGroup')}
          </Text>
        ) : (
          <Stack gap={0}>
            {group.members.map((m) => (
              <MemberRow key={m.id} person={m} details={details.get(m.id)} groupId={group.id} groups={groups} badges={badgesOf(m.id)} onMove={(g) => onMove(m.id, g)} />
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
