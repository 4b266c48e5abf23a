/**
 * What if a criterion weighed more or less? A slider per criterion re-ranks the same scores
 * (`polls.results` with `weights`), and the table shows each option's rank before and after.
 * Nothing is changed in the poll: the weights it was run with stay the ones on record.
 */
import { Badge, Button, Group, Paper, SimpleGrid, Slider, Stack, Table, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { type PollResults, usePollResults } from '../../api/queries/polls';

type Matrix = NonNullable<PollResults['matrix']>;

export function WhatIfPanel({ results, matrix }: { results: PollResults; matrix: Matrix }) {
  const { t } = useTranslation();
  const format = useFormat();
  const original = Object.fromEntries(matrix.criteria.map((c) => [c.name, c.weight]));
  const [weights, setWeights] = useState<Record<string, number>>(original);
  const [debounced] = useDebouncedValue(weights, 150);
  const changed = matrix.criteria.some((c) => debounced[c.name] !== c.weight);
  const whatIf = usePollResults(results.forumId, results.pollId, changed, changed ? debounced : undefined);
  const section = changed ? whatIf.data?.whatIf : undefined;
  const changes = new Map((section?.changes ?? []).map((c) => [c.optionId, c]));

  return (
    <Paper withBorder radius="md" p="sm" data-testid="what-if">
      <Group justify="space-between" mb={4}>
        <Text fw={700}>{t('polls.whatIf.title')}</Text>
        <Button size="compact-sm" variant="subtle" disabled={!matrix.criteria.some((c) => weights[c.name] !== c.weight)} onClick={() => setWeights(original)}>
          {t('polls.whatIf.reset')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed" mb="xs">
        {t('polls.whatIf.hint')}
      </Text>
      <SimpleGrid type="container" cols={{ base: 1, '640px': 2 }} spacing="lg">
        <Stack gap="sm">
          {matrix.criteria.map((c) => {
            const max = Math.max(5, c.weight * 2);
            return (
              <Stack key={c.name} gap={0}>
                <Group justify="space-between">
                  <Text size="sm">{c.name}</Text>
                  <Text size="sm" fw={700} c={weights[c.name] !== c.weight ? 'orange.8' : undefined}>
                    ×{format.number(weights[c.name] ?? c.weight)}
                  </Text>
                </Group>
                <Slider
                  min={0}
                  max={max}
                  step={0.5}
                  value={weights[c.name] ?? c.weight}
                  onChange={(v) => setWeights((w) => ({ ...w, [c.name]: v }))}
                  label={(v) => `×${v}`}
                  marks={[{ value: c.weight }]}
                  thumbLabel={t('polls.whatIf.weightOf', { name: c.name })}
                  data-testid={`weight-${c.name}`}
                />
              </Stack>
            );
          })}
        </Stack>
        {section ? (
          <Table verticalSpacing={4} style={{ alignSelf: 'start' }} data-testid="what-if-ranking">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('polls.whatIf.newRank')}</Table.Th>
                <Table.Th>{t('polls.results.option')}</Table.Th>
                <Table.Th ta="right">{t('polls.matrix.total')}</Table.Th>
                <Table.Th ta="right">{t('polls.whatIf.before')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {section.ranking.map((e) => {
                const c = changes.get(e.optionId);
                const moved = c ? c.before - c.after : 0;
                return (
                  <Table.Tr key={e.optionId} fw={e.rank === 1 ? 700 : undefined}>
                    <Table.Td>{format.number(e.rank)}</Table.Td>
                    <Table.Td>{e.label}</Table.Td>
                    <Table.Td ta="right">{format.number(Math.round(e.score * 1000) / 1000)}</Table.Td>
                    <Table.Td ta="right">
                      {moved === 0 ? (
                        <Text span c="dimmed">
                          {c ? format.number(c.before) : '='}
                        </Text>
                      ) : (
                        <Badge color={moved > 0 ? 'green' : 'red'} variant="light" leftSection={moved > 0 ? <IconArrowUp size={12} /> : <IconArrowDown size={12} />}>
                          {t('polls.whatIf.from', { n: c?.before ?? '' })}
                        </Badge>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        ) : (
          <Text c="dimmed" size="sm">
            {t('polls.whatIf.moveSlider')}
          </Text>
        )}
      </SimpleGrid>
    </Paper>
  );
}
