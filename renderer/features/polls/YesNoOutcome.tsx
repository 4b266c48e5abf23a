/** Whether the motion carried, said first and plainly; then the counts, the quorum and the majority rule. */
import { Alert, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { YesNoResult } from '../../../shared/tally/types';
import { useFormat } from '../../i18n/format';
import { useLabelAxis } from '../../ui/chart/useLabelAxis';

const OUTCOME_COLOR: Record<YesNoResult['outcome'], string> = {
  carried: 'green',
  not_carried: 'red',
  no_quorum: 'orange',
  tie_awaiting_choice: 'orange',
  revote_required: 'orange',
};

export function YesNoOutcome({ result }: { result: YesNoResult }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows = [
    { key: 'yes', label: t('polls.yesNo.yes'), n: result.yes, fill: '#2f9e44' },
    { key: 'no', label: t('polls.yesNo.no'), n: result.no, fill: '#e03131' },
    { key: 'abstain', label: t('polls.yesNo.abstain'), n: result.abstain, fill: '#868e96' },
  ];
  const axis = useLabelAxis(
    rows.map((r) => r.label),
    { fontSize: 14, maxWidth: 120, maxLines: 2 },
  );
  return (
    <Stack gap="sm">
      <Alert color={OUTCOME_COLOR[result.outcome]} variant="filled" data-testid="yes-no-outcome">
        <Text fz={24} fw={700}>
          {t(`polls.yesNo.outcome.${result.outcome}`)}
        </Text>
      </Alert>
      <SimpleGrid type="container" cols={{ base: 1, '520px': 2 }} spacing="md">
        <Table verticalSpacing={4}>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.key}>
                <Table.Td>{r.label}</Table.Td>
                <Table.Td ta="right" fw={700}>
                  {format.number(r.n)}
                </Table.Td>
              </Table.Tr>
            ))}
            <Table.Tr>
              <Table.Td>{t('polls.yesNo.present')}</Table.Td>
              <Table.Td ta="right">{format.number(result.present)}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Td>{t('polls.yesNo.quorumLine')}</Table.Td>
              <Table.Td ta="right" c={result.quorumMet ? 'green.8' : 'red'}>
                {result.quorum > 0
                  ? t(result.quorumMet ? 'polls.yesNo.quorumMet' : 'polls.yesNo.quorumNotMet', { n: format.number(result.quorum) })
                  : t('polls.rules.noQuorum')}
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Td>{t('polls.form.majority')}</Table.Td>
              <Table.Td ta="right">{t(`polls.majority.${result.majority}`)}</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
        <div style={{ height: 150 }} role="img" aria-label={t('polls.results.chart')}>
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 40, bottom: 4, left: 4 }}>
              <XAxis type="number" hide allowDecimals={false} />
              <YAxis type="category" dataKey="label" width={axis.width} tick={axis.tick} interval={0} />
              <Bar dataKey="n" isAnimationActive={false} radius={[0, 4, 4, 0]} maxBarSize={30}>
                {rows.map((r) => (
                  <Cell key={r.key} fill={r.fill} />
                ))}
                <LabelList dataKey="n" position="right" style={{ fontSize: 14, fontWeight: 700, fill: '#1a1b1e' }} />
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </div>
      </SimpleGrid>
    </Stack>
  );
}
