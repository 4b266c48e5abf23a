/** A split group by group: people, then people per sector (columns) and per village. */
import { Badge, Group, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { useLabels } from '../../i18n/labels';
import type { Balance } from './balance';

export function BalanceTable({ balance, testId }: { balance: Balance; testId?: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = useLabels();
  const village = (key: string) => (key === 'unknown' ? t('vocab.unknown') : /^\d+$/.test(key) ? t('groups.village', { village: key }) : key);
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table verticalSpacing={4} striped data-testid={testId} style={{ fontVariantNumeric: 'tabular-nums' }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('groups.balance.group')}</Table.Th>
            <Table.Th ta="right">{t('groups.balance.people')}</Table.Th>
            {balance.sectors.map((s) => (
              <Table.Th key={s} ta="right">
                {labels.dimensionKey('sector', s)}
              </Table.Th>
            ))}
            <Table.Th>{t('groups.balance.villages')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {balance.groups.map((g) => (
            <Table.Tr key={g.name}>
              <Table.Td fw={600}>{g.name}</Table.Td>
              <Table.Td ta="right" fw={700}>
                {format.number(g.size)}
              </Table.Td>
              {balance.sectors.map((s) => (
                <Table.Td key={s} ta="right">
                  {format.number(g.bySector.get(s) ?? 0)}
                </Table.Td>
              ))}
              <Table.Td>
                <Group gap={4}>
                  {balance.villages
                    .filter((v) => g.byVillage.has(v))
                    .map((v) => (
                      <Badge key={v} variant="light" color="gray" size="md">
                        {village(v)}: {format.number(g.byVillage.get(v) ?? 0)}
                      </Badge>
                    ))}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
