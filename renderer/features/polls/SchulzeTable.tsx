/**
 * Schulze's two tables: the pairwise counts (how many ballots put the row's option above the
 * column's) and the strengths of the strongest paths, which decide the order when the pairwise
 * results run in a cycle. A cell in bold wins its pair; an option's score is the number of bold
 * cells in its row of the paths table, so "beats 2 others" can be checked by hand.
 */
import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';

interface MatrixProps {
  title: string;
  hint: string;
  values: number[][];
  optionIds: string[];
  label: (id: string) => string;
  testId: string;
}

function Matrix({ title, hint, values, optionIds, label, testId }: MatrixProps) {
  const format = useFormat();
  return (
    <Stack gap={4} data-testid={testId}>
      <Text fw={700}>{title}</Text>
      <Text size="sm" c="dimmed">
        {hint}
      </Text>
      <Table withTableBorder withColumnBorders verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th />
            {optionIds.map((id, j) => (
              <Table.Th key={id} ta="right" title={label(id)}>
                {format.number(j + 1)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {optionIds.map((id, i) => (
            <Table.Tr key={id}>
              <Table.Td>
                {format.number(i + 1)}. {label(id)}
              </Table.Td>
              {optionIds.map((other, j) => {
                const v = values[i]?.[j] ?? 0;
                const back = values[j]?.[i] ?? 0;
                return (
                  <Table.Td key={other} ta="right" fw={v > back ? 700 : undefined} c={i === j ? 'dimmed' : v > back ? 'wethi.8' : undefined}>
                    {i === j ? '—' : format.number(v)}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

export function SchulzeTable({ pairwise, paths, optionIds, label }: { pairwise: number[][]; paths?: number[][]; optionIds: string[]; label: (id: string) => string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Matrix title={t('polls.schulze.title')} hint={t('polls.schulze.hint')} values={pairwise} optionIds={optionIds} label={label} testId="schulze-pairwise" />
      {paths ? <Matrix title={t('polls.schulze.pathsTitle')} hint={t('polls.schulze.pathsHint')} values={paths} optionIds={optionIds} label={label} testId="schulze-paths" /> : null}
    </Stack>
  );
}
