/**
 * The chart's figures as a table (readable aloud, printable): attendees, speeches, time, gap;
 * and, once phones have sent anything, the written contributions beside them.
 */
import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import type { WrittenShare } from '../../../shared/contract';
import type { ChartRow } from './EquityChart';
import { useEquityText } from './equity-text';

/** A gap this large (10 points of share) is worth a colour. */
const NOTABLE_GAP = 0.1;

export function EquityTable({ rows, caption, written }: { rows: ChartRow[]; caption: string; written?: WrittenShare[] | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useEquityText();
  return (
    <Table verticalSpacing={4} aria-label={caption} style={{ fontVariantNumeric: 'tabular-nums' }}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{caption}</Table.Th>
          <Table.Th ta="right">{t('equity.table.attendees')}</Table.Th>
          <Table.Th ta="right">{t('equity.table.speeches')}</Table.Th>
          <Table.Th ta="right">{t('equity.table.time')}</Table.Th>
          <Table.Th ta="right">{t('equity.table.gap')}</Table.Th>
          {written ? <Table.Th ta="right">{t('equity.table.written')}</Table.Th> : null}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => {
          const silent = r.attendees > 0 && r.speeches === 0;
          const colour = r.gap <= -NOTABLE_GAP ? 'red.8' : r.gap >= NOTABLE_GAP ? 'orange.8' : undefined;
          return (
            <Table.Tr key={r.key}>
              <Table.Td>
                {r.label}
                {silent ? (
                  <Badge ml={6} color="red" variant="light" size="sm">
                    {t('equity.table.silent')}
                  </Badge>
                ) : null}
              </Table.Td>
              <Table.Td ta="right">
                {format.percent(r.attendeeShare)}
                <Text span c="dimmed" fz="sm">
                  {' '}
                  ({format.number(r.attendees)})
                </Text>
              </Table.Td>
              <Table.Td ta="right">
                {format.percent(r.speechShare)}
                <Text span c="dimmed" fz="sm">
                  {' '}
                  ({format.number(r.speeches)})
                </Text>
              </Table.Td>
              <Table.Td ta="right" fw={700}>
                {format.percent(r.timeShare)}
              </Table.Td>
              <Table.Td ta="right" c={colour} fw={colour ? 700 : undefined}>
                {text.gap(r.gap)}
              </Table.Td>
              {written ? <WrittenCell share={written.find((w) => w.key === r.key)} /> : null}
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

function WrittenCell({ share }: { share: WrittenShare | undefined }) {
  const format = useFormat();
  return (
    <Table.Td ta="right" data-testid="equity-written">
      {format.percent(share?.writtenShare ?? 0)}
      <Text span c="dimmed" fz="sm">
        {' '}
        ({format.number(share?.written ?? 0)})
      </Text>
    </Table.Td>
  );
}
