/**
 * The equity chart for the projector: one classification, large type, high contrast, no
 * controls. Fetches its own figures and follows change events like the tab. Content only: the
 * projector page puts it in its dark frame.
 */
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Dimension } from '../../../shared/contract';
import { useFormat } from '../../i18n/format';
import { ACCENT, FG, MUTED, size } from '../../ui/projector-style';
import { type ChartStyle, EquityChart } from './EquityChart';
import { useEquityText } from './equity-text';
import { useEquity } from '../../api/queries/equity';
import { useDuration } from './useDuration';

const WARN = '#ffd43b';

const PROJECTOR_CHART: ChartStyle = {
  fontSize: 32,
  barSize: 34,
  labelWidth: 480,
  labelLines: 2,
  attendeeColour: '#8fa3b5',
  timeColour: WARN,
  textColour: FG,
  gridColour: '#46606f',
  maxHeight: 560,
};

export function ProjectorEquity({ forumId, dimension = 'sector' }: { forumId: string; dimension?: Dimension }) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useEquityText();
  const duration = useDuration();
  const summary = useEquity(forumId);
  const data = summary.data;
  const name = text.dimension(dimension);
  const rows = (data?.byDimension[dimension] ?? []).map((s) => ({ ...s, label: text.group(dimension, s.key) }));
  const warnings = text.warnings(data?.warnings ?? []).map((w) => w.title);

  return (
    <Stack gap="3vh" w="100%" data-testid="projector-equity">
      <Stack gap={0}>
        <Text component="h1" m={0} fz={size.title} fw={700} lh={1.35} c={FG}>
          {t('equity.projector.title', { dimension: name })}
        </Text>
        {data && data.speeches > 0 ? (
          <Text fz={size.body} c={ACCENT} lh={1.5}>
            {t('equity.projector.summary', { time: duration(data.totalMs), speeches: data.speeches, share: format.percent(data.topThree.share), people: data.topThree.people })}
          </Text>
        ) : null}
      </Stack>
      {!data ? null : data.speeches === 0 ? (
        <Text fz={size.large} c={MUTED}>
          {t('equity.projector.nobody')}
        </Text>
      ) : (
        <>
          <EquityChart rows={rows} chart={PROJECTOR_CHART} label={t('equity.chartOf', { dimension: name })} />
          {warnings.length > 0 ? (
            <Stack gap={4} data-testid="projector-equity-warnings">
              {warnings.map((w) => (
                <Text key={w} fz={size.body} fw={700} c={WARN} lh={1.4}>
                  ⚠ {w}
                </Text>
              ))}
            </Stack>
          ) : null}
        </>
      )}
    </Stack>
  );
}
