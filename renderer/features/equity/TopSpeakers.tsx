/** Who has held the floor longest: the names behind the top-three figure. */
import { Paper, Progress, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EquitySummary } from '../../../shared/contract';
import { useFormat } from '../../i18n/format';
import { formatClock, personLabel } from '../../ui/speech-time';

const SHOWN = 10;

export function TopSpeakers({ speakers }: { speakers: EquitySummary['speakers'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Paper withBorder radius="md" p="md" data-testid="equity-speakers">
      <Title order={3} mb="xs">
        {t('equity.speakers.title')}
      </Title>
      <Table verticalSpacing={4} style={{ fontVariantNumeric: 'tabular-nums' }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('equity.speakers.person')}</Table.Th>
            <Table.Th ta="right">{t('equity.speakers.speeches')}</Table.Th>
            <Table.Th ta="right">{t('equity.speakers.time')}</Table.Th>
            <Table.Th w="35%">{t('equity.speakers.share')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {speakers.slice(0, SHOWN).map((s) => (
            <Table.Tr key={s.person.id}>
              <Table.Td>{personLabel(s.person, '')}</Table.Td>
              <Table.Td ta="right">{format.number(s.speeches)}</Table.Td>
              <Table.Td ta="right">{formatClock(s.ms)}</Table.Td>
              <Table.Td>
                <Progress value={s.timeShare * 100} size="lg" aria-hidden />
                <Text fz="sm">{format.percent(s.timeShare)}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {speakers.length > SHOWN ? (
        <Text c="dimmed" fz="sm" mt="xs">
          {t('equity.speakers.more', { count: speakers.length - SHOWN })}
        </Text>
      ) : null}
    </Paper>
  );
}
