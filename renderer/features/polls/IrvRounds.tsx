/**
 * Instant-runoff round by round: each option's votes per round (struck out once eliminated),
 * exhausted ballots, and why each elimination fell where it did; the same rounds as a chart
 * beside the table.
 */
import { SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IrvRound } from '../../../shared/tally/types';
import { useFormat } from '../../i18n/format';
import { IrvRoundsChart } from './IrvRoundsChart';

export function IrvRounds({ rounds, optionIds, label }: { rounds: IrvRound[]; optionIds: string[]; label: (id: string) => string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const eliminatedAt = new Map(rounds.filter((r) => r.eliminated).map((r) => [r.eliminated as string, r.round]));
  return (
    <Stack gap={4}>
      <Text fw={700}>{t('polls.irv.title')}</Text>
      <SimpleGrid type="container" cols={{ base: 1, '720px': 2 }} spacing="md">
        <Table style={{ alignSelf: 'start' }} withTableBorder withColumnBorders verticalSpacing={4} data-testid="irv-rounds">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('polls.results.option')}</Table.Th>
              {rounds.map((r) => (
                <Table.Th key={r.round} ta="right">
                  {t('polls.irv.round', { n: r.round })}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {optionIds.map((id) => (
              <Table.Tr key={id}>
                <Table.Td>{label(id)}</Table.Td>
                {rounds.map((r) => {
                  const votes = r.tally.find((v) => v.option === id);
                  const out = r.eliminated === id;
                  return (
                    <Table.Td key={r.round} ta="right" c={out ? 'red' : undefined} td={out ? 'line-through' : undefined} fw={out ? 700 : undefined}>
                      {votes ? format.number(votes.votes) : (eliminatedAt.get(id) ?? Number.POSITIVE_INFINITY) < r.round ? '—' : ''}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
            <Table.Tr>
              <Table.Td c="dimmed">{t('polls.irv.exhausted')}</Table.Td>
              {rounds.map((r) => (
                <Table.Td key={r.round} ta="right" c="dimmed">
                  {format.number(r.exhausted)}
                </Table.Td>
              ))}
            </Table.Tr>
            <Table.Tr>
              <Table.Td c="dimmed">{t('polls.irv.majority')}</Table.Td>
              {rounds.map((r) => (
                <Table.Td key={r.round} ta="right" c="dimmed">
                  {format.number(Math.floor(r.active / 2) + 1)}
                </Table.Td>
              ))}
            </Table.Tr>
          </Table.Tbody>
        </Table>
        <Stack gap={2}>
          <IrvRoundsChart rounds={rounds} optionIds={optionIds} label={label} />
          <Text size="xs" c="dimmed" ta="center">
            {t('polls.irv.chartKey')}
          </Text>
        </Stack>
      </SimpleGrid>
      {rounds
        .filter((r) => r.eliminated && r.elimination)
        .map((r) => (
          <Text key={r.round} size="sm" c="dimmed">
            {t(`polls.irv.why.${r.elimination?.by ?? 'fewest_votes'}`, {
              round: r.round,
              option: label(r.eliminated as string),
              tied: (r.elimination?.tied ?? []).map(label).join(', '),
              at: r.elimination?.decidedAtRound ?? '',
            })}
          </Text>
        ))}
    </Stack>
  );
}
