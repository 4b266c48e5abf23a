/**
 * The plan's totals: the budget still meant to be spent (cancelled projects left out), split by
 * who does the work and by whom it is asked of, and how many projects have no budget yet (so
 * "฿0" is never mistaken for "not costed").
 */
import { Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatSatang } from '../../../shared/domain/action-plan';
import { PROJECT_STATUSES, PROJECT_TYPES, REQUESTED_FROM_LEVELS } from '../../../shared/domain/project-vocabulary';
import { useFormat } from '../../i18n/format';
import type { PlanSummary as Summary } from '../../api/queries/projects';

export function PlanSummary({ summary }: { summary: Summary }) {
  const { t } = useTranslation();
  const format = useFormat();
  const statusLine = PROJECT_STATUSES.filter((s) => summary.byStatus[s] > 0)
    .map((s) => `${t(`plan.status.${s}`)} ${format.number(summary.byStatus[s])}`)
    .join(' · ');
  return (
    <Paper withBorder radius="md" p="md" data-testid="plan-summary">
      <SimpleGrid type="container" cols={{ base: 1, '760px': 3 }} spacing="lg">
        <Stack gap={2}>
          <Text c="dimmed">{t('plan.summary.total')}</Text>
          <Text fz={34} fw={700} c="wethi.8" lh={1.2} data-testid="plan-total">
            ฿{formatSatang(summary.budgetSatang)}
          </Text>
          <Text>{t('plan.summary.projects', { n: format.number(summary.projectCount), count: summary.projectCount })}</Text>
          {summary.withoutBudget > 0 ? <Text c="orange.8">{t('plan.summary.withoutBudget', { n: format.number(summary.withoutBudget), count: summary.withoutBudget })}</Text> : null}
          {statusLine ? (
            <Text size="sm" c="dimmed">
              {statusLine}
            </Text>
          ) : null}
        </Stack>
        <Table verticalSpacing={2} data-testid="summary-by-type">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('plan.summary.byType')}</Table.Th>
              <Table.Th ta="right">{t('plan.summary.count')}</Table.Th>
              <Table.Th ta="right">{t('plan.summary.baht')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {PROJECT_TYPES.map((type) => (
              <Table.Tr key={type}>
                <Table.Td>{t(`plan.type.${type}`)}</Table.Td>
                <Table.Td ta="right">{format.number(summary.byType[type].count)}</Table.Td>
                <Table.Td ta="right">{formatSatang(summary.byType[type].budgetSatang)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Table verticalSpacing={2} data-testid="summary-by-level">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('plan.summary.byLevel')}</Table.Th>
              <Table.Th ta="right">{t('plan.summary.count')}</Table.Th>
              <Table.Th ta="right">{t('plan.summary.baht')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {REQUESTED_FROM_LEVELS.map((level) => (
              <Table.Tr key={level}>
                <Table.Td>{t(`plan.level.${level}`)}</Table.Td>
                <Table.Td ta="right">{format.number(summary.byRequestedFrom[level].count)}</Table.Td>
                <Table.Td ta="right">{formatSatang(summary.byRequestedFrom[level].budgetSatang)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </SimpleGrid>
    </Paper>
  );
}
