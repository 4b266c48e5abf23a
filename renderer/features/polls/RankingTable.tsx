/** The ranking as a table: every option with its score and rank; every option ranked first is marked a winner. */
import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import type { PollResults } from '../../api/queries/polls';
import type { ScoreUnit } from './result-text';

export function RankingTable({ ranking, unit, tie, live }: { ranking: PollResults['ranking']; unit: ScoreUnit; tie: boolean; live: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table verticalSpacing={6} striped highlightOnHover aria-label={t('polls.results.rankingTable')} data-testid="ranking-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={70}>{t('polls.results.rank')}</Table.Th>
          <Table.Th>{t('polls.results.option')}</Table.Th>
          <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
            {t(`polls.results.unit.${unit}`)}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {ranking.map((e) => (
          <Table.Tr key={e.optionId} fw={e.rank === 1 ? 700 : undefined}>
            <Table.Td>{format.number(e.rank)}</Table.Td>
            <Table.Td>
              <Text span fw="inherit">
                {e.label}
              </Text>{' '}
              {e.rank === 1 ? (
                <Badge size="sm" color={tie ? 'orange' : 'wethi'} ml={4}>
                  {tie ? t('polls.results.tiedWinner') : live ? t('polls.results.leader') : t('polls.results.winner')}
                </Badge>
              ) : null}
            </Table.Td>
            <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
              {format.number(e.score)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
