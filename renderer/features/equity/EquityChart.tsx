/**
 * Share of the room against share of the speaking time, one pair of bars per group: where the
 * second bar is much shorter than the first, that group was under-heard. Sized by the caller,
 * so the tab and the projector draw the same chart at their own scale.
 */
import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { EquityShare } from '../../../shared/contract';
import { useFormat } from '../../i18n/format';
import { useLabelAxis } from '../../ui/chart/useLabelAxis';

export interface ChartStyle {
  fontSize: number;
  barSize: number;
  /** The widest the group names may take; longer ones wrap between words. */
  labelWidth: number;
  labelLines: number;
  attendeeColour: string;
  timeColour: string;
  textColour: string;
  gridColour: string;
  /** On the projector the chart must leave room for the title and the warnings. */
  maxHeight?: number;
}

export const TAB_CHART: ChartStyle = {
  fontSize: 14,
  barSize: 16,
  labelWidth: 140,
  labelLines: 3,
  attendeeColour: '#9aa5b1',
  timeColour: '#008371',
  textColour: '#212529',
  gridColour: '#dee2e6',
};

export type ChartRow = EquityShare & { label: string };

export function EquityChart({ rows, chart = TAB_CHART, label }: { rows: ChartRow[]; chart?: ChartStyle; label: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const tick = { fontSize: chart.fontSize, fill: chart.textColour };
  const axis = useLabelAxis(
    rows.map((r) => r.label),
    { fontSize: chart.fontSize, maxWidth: chart.labelWidth, maxLines: chart.labelLines, fill: chart.textColour },
  );
  // Two bars and a gap per group (or the group's name, if taller), plus room for the axis and the legend.
  const natural = rows.length * axis.rowHeight(chart.barSize * 2 + chart.fontSize * 1.6) + chart.fontSize * 6;
  const height = Math.min(natural, chart.maxHeight ?? natural);
  const percent = (v: unknown) => (typeof v === 'number' ? format.percent(v) : '');
  return (
    <div style={{ height }} role="img" aria-label={label} data-testid="equity-chart">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} layout="vertical" margin={{ top: 4, right: chart.fontSize * 4, bottom: 4, left: 4 }} barGap={2}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" stroke={chart.gridColour} />
          <XAxis type="number" domain={[0, (max: number) => Math.min(1, Math.max(0.1, Math.ceil(max * 10 - 1e-9) / 10))]} tickFormatter={percent} tick={tick} stroke={chart.gridColour} />
          <YAxis type="category" dataKey="label" width={axis.width} tick={axis.tick} interval={0} stroke={chart.gridColour} />
          <Legend wrapperStyle={{ fontSize: chart.fontSize, color: chart.textColour }} />
          <Bar dataKey="attendeeShare" name={t('equity.series.attendees')} fill={chart.attendeeColour} isAnimationActive={false} barSize={chart.barSize}>
            <LabelList dataKey="attendeeShare" position="right" formatter={percent} style={{ fontSize: chart.fontSize * 0.9, fill: chart.textColour }} />
          </Bar>
          <Bar dataKey="timeShare" name={t('equity.series.time')} fill={chart.timeColour} isAnimationActive={false} barSize={chart.barSize}>
            <LabelList dataKey="timeShare" position="right" formatter={percent} style={{ fontSize: chart.fontSize * 0.9, fill: chart.textColour, fontWeight: 700 }} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
