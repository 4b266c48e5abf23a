/** A show of hands split by group: one stacked bar per option, a colour per group, with the figures in a table beside it. */
import { Paper, SimpleGrid, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useFormat } from '../../i18n/format';
import { useLabelAxis } from '../../ui/chart/useLabelAxis';
import { useGroupLabel } from './breakdown';
import type { PollResults } from '../../api/queries/polls';
import { SERIES } from './result-text';

type Section = NonNullable<PollResults['breakdowns']>[number];

export function BreakdownChart({ section, optionIds, label }: { section: Section; optionIds: string[]; label: (id: string) => string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const groupLabel = useGroupLabel();
  const groups = section.groups.map((g, i) => ({ key: `g${i}`, name: groupLabel(section.by, g.group), hands: g.hands, total: g.total }));
  const rows = optionIds.map((id) => ({
    label: label(id),
    ...Object.fromEntries(groups.map((g) => [g.key, g.hands.find((h) => h.option === id)?.votes ?? 0])),
  }));
  const by = t(`polls.breakdown.by.${section.by}` as 'polls.breakdown.by.sector');
  const axis = useLabelAxis(
    rows.map((r) => r.label),
    { fontSize: 14, maxWidth: 150, maxLines: 3 },
  );
  return (
    <Paper withBorder radius="md" p="sm" data-testid={`breakdown-chart-${section.by}`}>
      <Text fw={700} mb={4}>
        {t('polls.breakdown.chartTitle', { by })}
      </Text>
      <SimpleGrid type="container" cols={{ base: 1, '560px': 2 }} spacing="md">
        <div style={{ height: Math.max(180, rows.length * axis.rowHeight(44) + 70) }} role="img" aria-label={t('polls.breakdown.chartTitle', { by })}>
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 4 }}>
              <CartesianGrid horizontal={false} strokeDasharray="3 3" />
              <XAxis type="number" allowDecimals={false} tick={{ fontSize: 13 }} />
              <YAxis type="category" dataKey="label" width={axis.width} tick={axis.tick} interval={0} />
              <Tooltip />
              <Legend wrapperStyle={{ fontSize: 14 }} />
              {groups.map((g, i) => (
                <Bar key={g.key} dataKey={g.key} name={g.name} stackId="hands" fill={SERIES[i % SERIES.length]} isAnimationActive={false} maxBarSize={30} />
              ))}
            </BarChart>
          </ResponsiveContainer>
        </div>
        <Table verticalSpacing={2} horizontalSpacing={6} style={{ alignSelf: 'start' }}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{by}</Table.Th>
              {optionIds.map((id) => (
                <Table.Th key={id} ta="right">
                  {label(id)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {groups.map((g) => (
              <Table.Tr key={g.key}>
                <Table.Td>{g.name}</Table.Td>
                {optionIds.map((id) => (
                  <Table.Td key={id} ta="right">
                    {format.number(g.hands.find((h) => h.option === id)?.votes ?? 0)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </SimpleGrid>
    </Paper>
  );
}
