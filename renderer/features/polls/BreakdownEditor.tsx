/**
 * One breakdown of the hands (by sector, gender, age or village) as a grid, group × option, with
 * the column sums against the totals right under it: red until they match. Tab moves across.
 */
import { ActionIcon, Button, Group, Paper, Table, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { type BreakdownValues, breakdownRow, columnSum, isFixed, useGroupLabel } from './breakdown';
import { CountInput } from './CountInput';
import type { Poll } from '../../api/queries/polls';

interface Props {
  options: Poll['options'];
  value: BreakdownValues;
  totals: Record<string, number> | null;
  disabled: boolean;
  onChange: (value: BreakdownValues) => void;
  onRemove: () => void;
}

export function BreakdownEditor({ options, value, totals, disabled, onChange, onRemove }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const groupLabel = useGroupLabel();
  const fixed = isFixed(value.by);
  const by = t(`polls.breakdown.by.${value.by}`);
  const setCell = (key: number, patch: { group?: string; option?: string; text?: string }) =>
    onChange({
      ...value,
      rows: value.rows.map((r) =>
        r.key !== key ? r : { ...r, group: patch.group ?? r.group, counts: patch.option ? { ...r.counts, [patch.option]: patch.text ?? '' } : r.counts },
      ),
    });

  return (
    <Paper withBorder radius="md" p="sm" data-testid={`breakdown-${value.by}`}>
      <Group justify="space-between" mb={4}>
        <Text fw={700}>{t('polls.breakdown.title', { by })}</Text>
        <Button variant="subtle" color="gray" size="compact-sm" leftSection={<IconTrash size={16} />} onClick={onRemove} disabled={disabled}>
          {t('polls.breakdown.remove')}
        </Button>
      </Group>
      <Table withRowBorders={false} verticalSpacing={2} horizontalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{by}</Table.Th>
            {options.map((o) => (
              <Table.Th key={o.id} ta="right" title={o.label}>
                {o.position}. <Text span size="xs" c="dimmed" lineClamp={1} style={{ display: 'inline' }}>{o.label}</Text>
              </Table.Th>
            ))}
            {fixed ? null : <Table.Th w={36} />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {value.rows.map((r) => (
            <Table.Tr key={r.key}>
              <Table.Td>
                {fixed ? (
                  <Text>{groupLabel(value.by, r.group)}</Text>
                ) : (
                  <TextInput
                    size="sm"
                    aria-label={t('polls.breakdown.groupName', { by })}
                    placeholder={t('polls.breakdown.villagePlaceholder')}
                    value={r.group}
                    disabled={disabled}
                    onChange={(e) => setCell(r.key, { group: e.currentTarget.value })}
                  />
                )}
              </Table.Td>
              {options.map((o) => (
                <Table.Td key={o.id}>
                  <CountInput
                    size="sm"
                    miw={64}
                    aria-label={t('polls.breakdown.cell', { group: groupLabel(value.by, r.group) || by, option: o.label })}
                    value={r.counts[o.id] ?? ''}
                    disabled={disabled}
                    onChange={(text) => setCell(r.key, { option: o.id, text })}
                  />
                </Table.Td>
              ))}
              {fixed ? null : (
                <Table.Td>
                  <ActionIcon variant="subtle" color="gray" aria-label={t('polls.breakdown.removeRow')} onClick={() => onChange({ ...value, rows: value.rows.filter((x) => x.key !== r.key) })}>
                    <IconTrash size={16} />
                  </ActionIcon>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th>{t('polls.breakdown.sum')}</Table.Th>
            {options.map((o) => {
              const sum = columnSum(value, o.id);
              const total = totals?.[o.id] ?? null;
              const off = total !== null && sum !== total;
              return (
                <Table.Th key={o.id} ta="right" c={off ? 'red' : 'wethi.8'} data-mismatch={off || undefined}>
                  {format.number(sum)}
                  {off ? (
                    <Text span size="xs" display="block">
                      {t('polls.breakdown.shouldBe', { n: format.number(total) })}
                    </Text>
                  ) : null}
                </Table.Th>
              );
            })}
            {fixed ? null : <Table.Th />}
          </Table.Tr>
        </Table.Tfoot>
      </Table>
      {fixed ? null : (
        <Button variant="subtle" size="compact-sm" leftSection={<IconPlus size={16} />} disabled={disabled} onClick={() => onChange({ ...value, rows: [...value.rows, breakdownRow()] })}>
          {t('polls.breakdown.addVillage')}
        </Button>
      )}
    </Paper>
  );
}
