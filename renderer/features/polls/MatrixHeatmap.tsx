/**
 * The scoring matrix as a heat map: each option's mean score per criterion, coloured from the
 * bottom of the scale (pale) to the top (deep teal), then the weighted total that ranks it and
 * each scorer's own weighted total, so a group that scored very differently stands out.
 */
import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import type { PollResults } from '../../api/queries/polls';

type Matrix = NonNullable<PollResults['matrix']>;

/** Pale (#e3f8f6) to deep teal (#007161); text turns white on the darker half. */
function heat(share: number): { background: string; color: string } {
  const s = Math.min(1, Math.max(0, share));
  const mix = (a: number, b: number) => Math.round(a + (b - a) * s);
  return { background: `rgb(${mix(227, 0)}, ${mix(248, 113)}, ${mix(246, 97)})`, color: s > 0.5 ? '#ffffff' : '#1a1b1e' };
}

export function MatrixHeatmap({ matrix, ranking }: { matrix: Matrix; ranking: PollResults['ranking'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const span = matrix.scale.max - matrix.scale.min;
  const rows = ranking.map((e) => ({ entry: e, row: matrix.table.find((r) => r.option === e.optionId) })).filter((x) => x.row);
  return (
    <Stack gap={4}>
      <Text fw={700}>{t('polls.matrix.heatmap')}</Text>
      <Table.ScrollContainer minWidth={560}>
        <Table withTableBorder withColumnBorders verticalSpacing={4} horizontalSpacing={6} data-testid="matrix-heatmap">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={50}>{t('polls.results.rank')}</Table.Th>
              <Table.Th>{t('polls.results.option')}</Table.Th>
              {matrix.criteria.map((c) => (
                <Table.Th key={c.name} ta="center">
                  <Text size="sm" fw={700} lh={1.3}>
                    {c.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    ×{format.number(c.weight)}
                  </Text>
                </Table.Th>
              ))}
              <Table.Th ta="right">{t('polls.matrix.total')}</Table.Th>
              {matrix.scorers.map((s) => (
                <Table.Th key={s.scorerId} ta="right" c="dimmed" fw={500} style={{ whiteSpace: 'nowrap' }}>
                  {s.name ?? t('polls.matrix.unnamed')}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(({ entry, row }) =>
              row ? (
                <Table.Tr key={entry.optionId}>
                  <Table.Td fw={700}>{format.number(entry.rank)}</Table.Td>
                  <Table.Td fw={entry.rank === 1 ? 700 : undefined}>{entry.label}</Table.Td>
                  {matrix.criteria.map((c) => {
                    const cell = row.perCriterion.find((p) => p.criterion === c.name);
                    const mean = cell?.mean ?? 0;
                    return (
                      <Table.Td key={c.name} ta="center" style={heat(span > 0 ? (mean - matrix.scale.min) / span : 0)} fw={600}>
                        {format.number(Math.round(mean * 100) / 100)}
                      </Table.Td>
                    );
                  })}
                  <Table.Td ta="right" fw={700}>
                    {format.number(Math.round(row.total * 1000) / 1000)}
                  </Table.Td>
                  {matrix.scorers.map((s) => (
                    <Table.Td key={s.scorerId} ta="right" c="dimmed">
                      {format.number(row.perScorer.find((p) => p.scorer === s.scorerId)?.total ?? 0)}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ) : null,
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="sm" c="dimmed">
        {t('polls.matrix.totalHint', { n: matrix.scorers.length })}
      </Text>
      {matrix.incomplete.length > 0 ? (
        <Text size="sm" c="orange.8">
          {t('polls.matrix.incomplete', { names: matrix.incomplete.map((s) => `${s.name ?? t('polls.matrix.unnamed')} (${t('polls.matrix.missing', { n: s.missing, count: s.missing })})`).join(', ') })}
        </Text>
      ) : null}
    </Stack>
  );
}
