/** One classification: the chart with its table beside it, as on the representation tab. */
import { Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Dimension, EquityShare, WrittenShare } from '../../../shared/contract';
import { EquityChart } from './EquityChart';
import { EquityTable } from './EquityTable';
import { useEquityText } from './equity-text';

export function EquityDimensionCard({ dimension, shares, written }: { dimension: Dimension; shares: EquityShare[]; written?: WrittenShare[] | undefined }) {
  const { t } = useTranslation();
  const text = useEquityText();
  const name = text.dimension(dimension);
  const rows = shares.map((s) => ({ ...s, label: text.group(dimension, s.key) }));
  // Nobody's gender (or role …) was recorded: a chart of one "not given" bar says nothing.
  return (
    <Paper withBorder radius="md" p="md" data-testid={`equity-${dimension}`}>
      <Title order={3} mb="xs">
        {name}
      </Title>
      {rows.every((r) => r.key === 'unknown') ? (
        <Text c="dimmed">{dimension === 'disadvantagedGroup' ? t('representation.noneDisadvantaged') : t('representation.noData')}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <EquityChart rows={rows} label={t('equity.chartOf', { dimension: name })} />
          <EquityTable rows={rows} caption={name} written={written} />
        </SimpleGrid>
      )}
    </Paper>
  );
}
