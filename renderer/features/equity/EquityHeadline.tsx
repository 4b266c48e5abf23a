/** The figures a facilitator reads at a glance: time, voices, concentration, each in words. */
import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EquitySummary } from '../../../shared/contract';
import { useFormat } from '../../i18n/format';
import { useEquityText } from './equity-text';
import { useDuration } from './useDuration';

export function EquityHeadline({ summary }: { summary: EquitySummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useEquityText();
  const duration = useDuration();
  return (
    <SimpleGrid cols={{ base: 2, md: 5 }} spacing="md" data-testid="equity-headline">
      <Figure label={t('equity.headline.totalTime')} value={duration(summary.totalMs)} note={t('equity.headline.speeches', { count: summary.speeches })} testId="equity-total-time" />
      <Figure
        label={t('equity.headline.voices')}
        value={t('equity.headline.voicesValue', { speakers: summary.speakers.length, attendees: summary.attendees })}
        note={t('equity.headline.voicesNote')}
      />
      <Figure
        label={t('equity.headline.topThree')}
        value={format.percent(summary.topThree.share)}
        note={t('equity.headline.topThreeNote', { count: summary.topThree.people })}
        testId="equity-top-three"
      />
      <Figure
        label={t('equity.headline.topTenth')}
        value={format.percent(summary.topTenth.share)}
        note={t('equity.headline.topTenthNote', { count: summary.topTenth.people })}
      />
      <Figure label={t('equity.headline.gini')} value={summary.gini.toFixed(2)} note={text.gini(summary.gini)} testId="equity-gini" />
    </SimpleGrid>
  );
}

function Figure({ label, value, note, testId }: { label: string; value: string; note: string; testId?: string }) {
  return (
    <Paper withBorder radius="md" p="md" data-testid={testId}>
      <Text c="dimmed" fz="sm">
        {label}
      </Text>
      <Text fz={30} fw={700} lh={1.3} c="wethi.8" style={{ fontVariantNumeric: 'tabular-nums' }}>
        {value}
      </Text>
      <Text fz="sm">{note}</Text>
    </Paper>
  );
}
