/**
 * Every project of the plan (the earlier forums' first): status, progress, budget requested /
 * committed / spent, what is overdue, the last report; a status update, the timeline and the ผ.02
 * details from each row.
 */
import { Badge, Button, Group, Progress, Stack, Table, Text } from '@mantine/core';
import { IconClipboardText, IconHistory, IconPencilPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatSatang } from '../../../shared/domain/action-plan';
import { useFormat } from '../../i18n/format';
import type { FollowUpProject, FollowUpView } from '../../api/queries/followup';
import { StatusBadge } from './StatusBadge';

interface Props {
  view: FollowUpView;
  onUpdate: (p: FollowUpProject) => void;
  onHistory: (p: FollowUpProject) => void;
  onDetails: (p: FollowUpProject) => void;
}

export function FollowUpProjects({ view, onUpdate, onHistory, onDetails }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = (satang: number | null) => (satang === null ? '–' : `฿${formatSatang(satang)}`);
  const several = view.forums.length > 1;
  return (
    <Table striped verticalSpacing="xs" data-testid="followup-projects">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('followUp.table.project')}</Table.Th>
          <Table.Th miw={150}>{t('followUp.table.status')}</Table.Th>
          <Table.Th w={120}>{t('followUp.table.progress')}</Table.Th>
          <Table.Th ta="right">{t('followUp.table.requested')}</Table.Th>
          <Table.Th ta="right">{t('followUp.table.committed')}</Table.Th>
          <Table.Th ta="right">{t('followUp.table.spent')}</Table.Th>
          <Table.Th>{t('followUp.table.lastReport')}</Table.Th>
          <Table.Th>
            <span className="visually-hidden">{t('followUp.table.actions')}</span>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {view.projects.map((p) => (
          <Table.Tr key={p.projectId} data-testid="followup-row">
            <Table.Td>
              <Stack gap={0}>
                <Text fw={500}>{p.title}</Text>
                <Text size="sm" c="gray.7">
                  {[t(`plan.type.${p.type}`), p.requestedFromName ?? (p.requestedFrom ? t(`plan.level.${p.requestedFrom}`) : null), several ? p.forumTitle : null].filter(Boolean).join(' · ')}
                </Text>
              </Stack>
            </Table.Td>
            <Table.Td>
              <Stack gap={4} align="flex-start">
                <StatusBadge status={p.status} />
                {p.overdue ? (
                  <Badge color="red" variant="light">
                    {t('followUp.table.overdue')}
                  </Badge>
                ) : null}
                {p.reason ? (
                  <Text size="xs" c="gray.7" maw={200}>
                    {p.reason}
                  </Text>
                ) : null}
              </Stack>
            </Table.Td>
            <Table.Td>
              {p.progressPercent === null ? (
                '–'
              ) : (
                <Stack gap={2}>
                  <Text size="sm">{p.progressPercent}%</Text>
                  <Progress value={p.progressPercent} size="sm" aria-label={t('followUp.table.progressOf', { title: p.title })} />
                </Stack>
              )}
            </Table.Td>
            <Table.Td ta="right">{money(p.budgetSatang)}</Table.Td>
            <Table.Td ta="right">{money(p.committedSatang)}</Table.Td>
            <Table.Td ta="right">{money(p.spentSatang)}</Table.Td>
            <Table.Td>{p.lastReportedOn ? format.date(p.lastReportedOn, true) : '–'}</Table.Td>
            <Table.Td>
              <Group gap={4} wrap="nowrap">
                <Button size="compact-sm" variant="light" leftSection={<IconPencilPlus size={14} />} aria-label={t('followUp.table.updateNamed', { title: p.title })} onClick={() => onUpdate(p)}>
                  {t('followUp.table.update')}
                </Button>
                <Button size="compact-sm" variant="subtle" aria-label={t('followUp.table.historyNamed', { title: p.title })} onClick={() => onHistory(p)}>
                  <IconHistory size={16} />
                </Button>
                <Button size="compact-sm" variant="subtle" aria-label={t('followUp.table.detailsNamed', { title: p.title })} onClick={() => onDetails(p)}>
                  <IconClipboardText size={16} />
                </Button>
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
