/**
 * The ranking as a table: every option with its score and rank, and its mark (tie-marks.ts):
 * the winner or leader, every option tied for first, and only the options in a tie the count is
 * waiting on — never a lone leader.
 */
import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import type { PollResults } from '../../api/queries/polls';
import type { ScoreUnit } from './result-text';
import type { RankBadge } from './tie-marks';

const BADGE_COLOR: Record<RankBadge, string> = { winner: 'wethi', leader: 'wethi', tiedFirst: 'orange', chosen: 'blue', tiedWaiting: 'orange' };

export function RankingTable({ ranking, unit, badges }: { ranking: PollResults['ranking']; unit: ScoreUnit; badges: Map<string, RankBadge> }) {
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
        {ranking.map((e) => {
          const badge = badges.get(e.optionId);
          return (
            <Table.Tr key={e.optionId} fw={e.rank === 1 ? 700 : undefined}>
              <Table.Td>{format.number(e.rank)}</Table.Td>
              <Table.Td>
                <Text span fw="inherit">
                  {e.label}
                </Text>{' '}
                {badge ? (
                  <Badge size="sm" color={BADGE_COLOR[badge]} ml={4} data-testid="rank-badge">
                    {t(`polls.results.badge.${badge}`)}
                  </Badge>
                ) : null}
              </Table.Td>
              <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                {format.number(e.score)}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
