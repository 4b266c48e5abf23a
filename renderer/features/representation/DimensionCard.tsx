/** One classification as a bar chart with the same figures in a table beside it (accessible, printable). */
import { Paper, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { Dimension, Share } from '../../../shared/contract';
import { useFormat } from '../../i18n/format';
import { useLabels } from '../../i18n/labels';
import { useLabelAxis } from '../../ui/chart/useLabelAxis';

const BAR_HEIGHT = 34;

export function DimensionCard({ dimension, shares }: { dimension: Dimension; shares: Share[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = useLabels();
  const rows = shares.map((s) => ({ ...s, label: labels.dimensionKey(dimension, s.key) }));
  // The table beside the chart holds every full label, should one be shortened.
  const axis = useLabelAxis(
    rows.map((r) => r.label),
    { fontSize: 14, maxWidth: 130, maxLines: 3 },
  );
  return (
    <Paper withBorder radius="md" p="md" data-testid={`dimension-${dimension}`}>
      <Title order={3} mb="xs">
        {t(`representation.dimension.${dimension}`)}
      </Title>
      {rows.length === 0 ? (
        <Text c="dimmed">{dimension === 'disadvantagedGroup' ? t('representation.noneDisadvantaged') : t('representation.noData')}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <div style={{ height: Math.max(120, rows.length * axis.rowHeight(BAR_HEIGHT) + 40) }} role="img" aria-label={t('representation.chartOf', { dimension: t(`representation.dimension.${dimension}`) })}>
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 36, bottom: 4, left: 4 }}>
                <CartesianGrid horizontal={false} strokeDasharray="3 3" />
                <XAxis type="number" allowDecimals={false} tick={{ fontSize: 13 }} />
                <YAxis type="category" dataKey="label" width={axis.width} tick={axis.tick} interval={0} />
                <Bar dataKey="count" fill="#008371" isAnimationActive={false} radius={[0, 4, 4, 0]} maxBarSize={26}>
                  <LabelList dataKey="count" position="right" style={{ fontSize: 14, fontWeight: 700 }} />
                </Bar>
              </BarChart>
            </ResponsiveContainer>
          </div>
          <Table verticalSpacing={4} aria-label={t(`representation.dimension.${dimension}`)}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t(`representation.dimension.${dimension}`)}</Table.Th>
                <Table.Th ta="right">{t('representation.count')}</Table.Th>
                <Table.Th ta="right">{t('representation.share')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.key}>
                  <Table.Td>{r.label}</Table.Td>
                  <Table.Td ta="right">{format.number(r.count)}</Table.Td>
                  <Table.Td ta="right">{format.percent(r.share)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </SimpleGrid>
      )}
    </Paper>
  );
}
