/**
 * The action plan as a table in its agreed order: each project with the issue and priority it
 * answers, who does it and whom it is asked of, owner, budget in baht, dates in the Buddhist
 * Era, indicator and status. Arrow buttons move a project up or down.
 */
import { ActionIcon, Badge, Group, Stack, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatSatang } from '../../../shared/domain/action-plan';
import type { ProjectStatus, ProjectType } from '../../../shared/domain/project-vocabulary';
import { useFormat } from '../../i18n/format';
import type { Project } from '../../api/queries/projects';
import { usePlanActions } from './usePlanActions';

const TYPE_COLOR: Record<ProjectType, string> = { self: 'wethi', joint: 'blue', requested: 'grape' };
const STATUS_COLOR: Record<ProjectStatus, string> = { proposed: 'gray', approved: 'blue', in_progress: 'yellow', done: 'green', cancelled: 'red' };

export function ProjectTable({ forumId, projects, onEdit }: { forumId: string; projects: Project[]; onEdit: (p: Project) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const actions = usePlanActions(forumId, projects);
  const dates = (p: Project) => {
    if (!p.startDate && !p.endDate) return '—';
    const d = (iso: string | null) => (iso ? format.date(iso, true) : '…');
    return `${d(p.startDate)} – ${d(p.endDate)}`;
  };

  return (
    <Table.ScrollContainer minWidth={1000}>
      <Table verticalSpacing="xs" striped highlightOnHover data-testid="project-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>#</Table.Th>
            <Table.Th miw={220}>{t('plan.field.title')}</Table.Th>
            <Table.Th>{t('plan.column.who')}</Table.Th>
            <Table.Th miw={120}>{t('plan.field.owner')}</Table.Th>
            <Table.Th ta="right">{t('plan.column.budget')}</Table.Th>
            <Table.Th>{t('plan.column.dates')}</Table.Th>
            <Table.Th>{t('plan.field.indicator')}</Table.Th>
            <Table.Th miw={120}>{t('plan.field.status')}</Table.Th>
            <Table.Th w={150}>
              <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {projects.map((p, i) => (
            <Table.Tr key={p.id} data-testid="project-row" opacity={p.status === 'cancelled' ? 0.6 : 1}>
              <Table.Td fw={700}>{format.number(i + 1)}</Table.Td>
              <Table.Td>
                <Stack gap={2}>
                  <Text fw={600}>{p.title}</Text>
                  {p.issueTitle ? (
                    <Group gap={4} wrap="nowrap">
                      {p.priorityRank !== null ? (
                        <Badge size="xs" variant="filled" style={{ flexShrink: 0 }}>
                          {t('plan.priorityRank', { n: p.priorityRank })}
                        </Badge>
                      ) : null}
                      {p.issueTitle !== p.title ? (
                        <Text size="xs" c="dimmed" lineClamp={1}>
                          {t('plan.forIssue', { title: p.issueTitle })}
                        </Text>
                      ) : null}
                    </Group>
                  ) : null}
                </Stack>
              </Table.Td>
              <Table.Td>
                <Badge color={TYPE_COLOR[p.type]} variant="light" style={{ flexShrink: 0 }}>
                  {t(`plan.type.${p.type}`)}
                </Badge>
                {p.requestedFrom ? (
                  <Text size="sm">
                    {[t(`plan.level.${p.requestedFrom}`), p.requestedFromName].filter(Boolean).join(': ')}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{p.owner ?? p.ownerPersonName ?? '—'}</Text>
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                {p.budgetSatang === null ? <Text c="dimmed">{t('plan.noBudget')}</Text> : <Text fw={600}>{formatSatang(p.budgetSatang)}</Text>}
                {p.budgetSource ? (
                  <Text size="xs" c="dimmed">
                    {p.budgetSource}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm">{dates(p)}</Text>
              </Table.Td>
              <Table.Td maw={220}>
                <Text size="sm" lineClamp={2}>
                  {p.indicator ?? '—'}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Badge color={STATUS_COLOR[p.status]} variant="light" style={{ flexShrink: 0 }}>
                  {t(`plan.status.${p.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Group gap={2} wrap="nowrap" justify="flex-end">
                  <Tooltip label={t('plan.moveUp')}>
                    <ActionIcon variant="subtle" aria-label={t('plan.moveUpNamed', { title: p.title })} disabled={i === 0} onClick={() => actions.reorder.mutate({ id: p.id, by: -1 })}>
                      <IconArrowUp size={18} />
                    </ActionIcon>
                  </Tooltip>
                  <Tooltip label={t('plan.moveDown')}>
                    <ActionIcon
                      variant="subtle"
                      aria-label={t('plan.moveDownNamed', { title: p.title })}
                      disabled={i === projects.length - 1}
                      onClick={() => actions.reorder.mutate({ id: p.id, by: 1 })}
                    >
                      <IconArrowDown size={18} />
                    </ActionIcon>
                  </Tooltip>
                  <Tooltip label={t('common.edit')}>
                    <ActionIcon variant="subtle" aria-label={t('plan.editNamed', { title: p.title })} onClick={() => onEdit(p)}>
                      <IconPencil size={18} />
                    </ActionIcon>
                  </Tooltip>
                  <Tooltip label={t('common.delete')}>
                    <ActionIcon variant="subtle" color="red" aria-label={t('plan.deleteNamed', { title: p.title })} onClick={() => actions.remove.mutate(p)}>
                      <IconTrash size={18} />
                    </ActionIcon>
                  </Tooltip>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
