/** Fist-to-five: consensus or not (and why), the spread of hands, and every concern and block in words. */
import { Alert, List, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { ConsensusResult } from '../../../shared/tally/types';
import { useFormat } from '../../i18n/format';

export function ConsensusOutcome({ result }: { result: ConsensusResult }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows = result.distribution.map((d) => ({
    label: d.value === 'block' ? t('polls.consensus.block') : String(d.value),
    count: d.count,
    fill: d.value === 'block' ? '#e03131' : typeof d.value === 'number' && d.value < result.minimum ? '#f08c00' : '#008371',
  }));
  return (
    <Stack gap="sm">
      <Alert color={result.consensus ? 'green' : 'orange'} variant="filled" data-testid="consensus-outcome">
        <Text fz={24} fw={700}>
          {result.consensus ? t('polls.consensus.reached') : t('polls.consensus.notReached')}
        </Text>
        {result.reasons.map((r) => (
          <Text key={r}>{t(`polls.consensus.reason.${r}`, { n: r === 'block' ? result.blocks : result.belowMinimum, minimum: result.minimum })}</Text>
        ))}
      </Alert>
      <SimpleGrid type="container" cols={{ base: 1, '520px': 2 }} spacing="md">
        <div style={{ height: 220 }} role="img" aria-label={t('polls.results.chart')}>
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={rows} margin={{ top: 20, right: 8, bottom: 4, left: 0 }}>
              <XAxis dataKey="label" tick={{ fontSize: 14 }} />
              <YAxis allowDecimals={false} tick={{ fontSize: 13 }} width={32} />
              <Bar dataKey="count" isAnimationActive={false} radius={[4, 4, 0, 0]}>
                {rows.map((r) => (
                  <Cell key={r.label} fill={r.fill} />
                ))}
                <LabelList dataKey="count" position="top" style={{ fontSize: 14, fontWeight: 700, fill: '#1a1b1e' }} />
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </div>
        <Stack gap={4}>
          <Text>{t('polls.consensus.summary', { votes: format.number(result.votes), mean: result.mean === null ? '—' : format.number(Math.round(result.mean * 100) / 100) })}</Text>
          {result.concerns.length > 0 ? (
            <>
              <Text fw={700}>{t('polls.consensus.concerns')}</Text>
              <List size="sm" spacing={2}>
                {result.concerns.map((c) => (
                  <List.Item key={c.vote}>
                    <Text span fw={600} c={c.value === 'block' ? 'red' : undefined}>
                      {c.value === 'block' ? t('polls.consensus.block') : c.value}
                    </Text>{' '}
                    {c.concern ?? t('polls.consensus.noConcern')}
                  </List.Item>
                ))}
              </List>
            </>
          ) : null}
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}
