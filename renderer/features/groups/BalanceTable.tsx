/** A split group by group: people, then people per sector (columns), village, gender and age group. */
import { Badge, Group, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { useLabels } from '../../i18n/labels';
import type { Balance, BalanceDimension, GroupBalance } from './balance';

/** The dimensions shown as a cell of "key: count" badges, one column each. */
const BADGE_COLUMNS = ['village', 'gender', 'ageGroup'] as const satisfies readonly BalanceDimension[];

export function BalanceTable({ balance, testId }: { balance: Balance; testId?: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = useLabels();
  const keyLabel = (d: BalanceDimension, key: string) =>
    d === 'village' && key !== 'unknown' && /^\d+$/.test(key) ? t('groups.village', { village: key }) : labels.dimensionKey(d, key);
  const badges = (g: GroupBalance, d: (typeof BADGE_COLUMNS)[number]) => (
    <Table.Td key={d} data-dimension={d}>
      <Group gap={4}>
        {balance.keys[d]
          .filter((key) => g.by[d].has(key))
          .map((key) => (
            <Badge key={key} variant="light" color="gray" size="md" data-key={key}>
              {keyLabel(d, key)}: {format.number(g.by[d].get(key) ?? 0)}
            </Badge>
          ))}
      </Group>
    </Table.Td>
  );
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing={4} striped data-testid={testId} style={{ fontVariantNumeric: 'tabular-nums' }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('groups.balance.group')}</Table.Th>
            <Table.Th ta="right">{t('groups.balance.people')}</Table.Th>
            {balance.keys.sector.map((s) => (
              <Table.Th key={s} ta="right">
                {labels.dimensionKey('sector', s)}
              </Table.Th>
            ))}
            {BADGE_COLUMNS.map((d) => (
              <Table.Th key={d}>{t(`representation.dimension.${d}`)}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {balance.groups.map((g) => (
            <Table.Tr key={g.name}>
              <Table.Td fw={600}>{g.name}</Table.Td>
              <Table.Td ta="right" fw={700}>
                {format.number(g.size)}
              </Table.Td>
              {balance.keys.sector.map((s) => (
                <Table.Td key={s} ta="right">
                  {format.number(g.by.sector.get(s) ?? 0)}
                </Table.Td>
              ))}
              {BADGE_COLUMNS.map((d) => badges(g, d))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
