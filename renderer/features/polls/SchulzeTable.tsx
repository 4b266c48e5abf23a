/** Schulze's pairwise counts: how many ballots put the row's option above the column's. */
import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';

export function SchulzeTable({ pairwise, optionIds, label }: { pairwise: number[][]; optionIds: string[]; label: (id: string) => string }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack gap={4}>
      <Text fw={700}>{t('polls.schulze.title')}</Text>
      <Text size="sm" c="dimmed">
        {t('polls.schulze.hint')}
      </Text>
      <Table withTableBorder withColumnBorders verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th />
            {optionIds.map((id, j) => (
              <Table.Th key={id} ta="right" title={label(id)}>
                {j + 1}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {optionIds.map((id, i) => (
            <Table.Tr key={id}>
              <Table.Td>
                {i + 1}. {label(id)}
              </Table.Td>
              {optionIds.map((other, j) => {
                const d = pairwise[i]?.[j] ?? 0;
                const back = pairwise[j]?.[i] ?? 0;
                return (
                  <Table.Td key={other} ta="right" fw={d > back ? 700 : undefined} c={i === j ? 'dimmed' : d > back ? 'wethi.8' : undefined}>
                    {i === j ? '—' : format.number(d)}
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
