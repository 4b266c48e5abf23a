/**
 * The combined ranking: a bar chart of the Borda points, winners in the strong colour, with a
 * table beside it holding the same figures and each village's share; the method stated below.
 */
import { Alert, Grid, Stack, Table, Text } from '@mantine/core';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { useLabelAxis } from '../../ui/chart/useLabelAxis';
import type { MergePriorities } from '../../api/queries/merge';

const BAR = 36;

export function AggregateRanking({ priorities }: { priorities: MergePriorities }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { ranking, villages, method } = priorities;
  const rows = ranking.map((e) => ({ id: e.issueId, label: e.title, score: e.score, winner: e.rank === 1, text: format.number(e.score) }));
  const axis = useLabelAxis(
    rows.map((r) => r.label),
    { fontSize: 14, maxWidth: 180, maxLines: 3 },
  );
  return (
    <Stack gap="xs">
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <div style={{ height: Math.max(140, rows.length * axis.rowHeight(BAR) + 40) }} role="img" aria-label={t('merge.results.chart')} data-testid="merge-aggregate-chart">
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 48, bottom: 4, left: 4 }}>
                <CartesianGrid horizontal={false} strokeDasharray="3 3" />
                <XAxis type="number" allowDecimals={false} tick={{ fontSize: 13 }} />
                <YAxis type="category" dataKey="label" width={axis.width} tick={axis.tick} interval={0} />
                <Bar dataKey="score" isAnimationActive={false} radius={[0, 4, 4, 0]} maxBarSize={28}>
                  {rows.map((r) => (
                    <Cell key={r.id} fill={r.winner ? '#008371' : '#9ddcd3'} />
                  ))}
                  <LabelList dataKey="text" position="right" style={{ fontSize: 14, fontWeight: 700, fill: '#1a1b1e' }} />
                </Bar>
              </BarChart>
            </ResponsiveContainer>
          </div>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Table.ScrollContainer minWidth={400}>
            <Table withTableBorder data-testid="merge-aggregate-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('merge.results.rank')}</Table.Th>
                  <Table.Th>{t('merge.results.issue')}</Table.Th>
                  <Table.Th ta="right">{t('merge.results.points')}</Table.Th>
                  {villages.map((v) => (
                    <Table.Th key={v.forum.forumId} ta="right">
                      {v.forum.village ?? v.forum.title}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {ranking.map((e) => (
                  <Table.Tr key={e.issueId} fw={e.rank === 1 ? 700 : undefined}>
                    <Table.Td>{e.rank}</Table.Td>
                    <Table.Td>{e.title}</Table.Td>
                    <Table.Td ta="right">{format.number(e.score)}</Table.Td>
                    {e.byVillage.map((v) => (
                      <Table.Td key={v.forumId} ta="right" c={v.position === null ? 'dimmed' : undefined}>
                        {v.position === null ? '–' : format.number(v.points)}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Grid.Col>
      </Grid>
      <Text size="sm" data-testid="merge-method">
        {t('merge.results.method', { n: method.optionCount })}
      </Text>
      {priorities.ballots.blank > 0 ? (
        <Text size="sm" c="dimmed">
          {t('merge.results.blankBallots', { count: priorities.ballots.blank })}
        </Text>
      ) : null}
      {priorities.tie ? (
        <Alert color="orange" variant="light">
          {t('merge.results.tie')}
        </Alert>
      ) : null}
    </Stack>
  );
}
