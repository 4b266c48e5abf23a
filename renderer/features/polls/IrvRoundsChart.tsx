/**
 * Instant-runoff rounds as grouped bars: a group per round, a bar per option still counting,
 * each option in the same colour in every round so the eye follows its votes as ballots move.
 * The option eliminated in a round is drawn in red and labelled; the dashed line is the
 * majority the round needed. The rounds table beside it has the same figures.
 */
import { useTranslation } from 'react-i18next';
import { Bar, CartesianGrid, Cell, ComposedChart, LabelList, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { IrvRound } from '../../../shared/tally/types';
import { useFormat } from '../../i18n/format';
import { SERIES } from './result-text';

export interface IrvChartStyle {
  /** Axis, legend and label type size in px. */
  font: number;
  height: number | string;
  text: string;
  grid: string;
  out: string;
  majority: string;
}

export const SCREEN_STYLE: IrvChartStyle = { font: 14, height: 300, text: '#1a1b1e', grid: '#dee2e6', out: '#e03131', majority: '#495057' };

interface Props {
  rounds: IrvRound[];
  optionIds: string[];
  label: (id: string) => string;
  style?: IrvChartStyle;
}

export function IrvRoundsChart({ rounds, optionIds, label, style = SCREEN_STYLE }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const key = (i: number) => `o${i}`;
  const rows = rounds.map((r) => ({
    round: t('polls.irv.round', { n: r.round }),
    majority: Math.floor(r.active / 2) + 1,
    eliminated: r.eliminated,
    ...Object.fromEntries(optionIds.map((id, i) => [key(i), r.tally.find((v) => v.option === id)?.votes ?? null])),
  }));
  return (
    <div style={{ height: style.height }} role="img" aria-label={t('polls.irv.chartLabel')} data-testid="irv-chart">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={rows} margin={{ top: 8, right: 12, bottom: 4, left: 0 }} barCategoryGap="18%">
          <CartesianGrid vertical={false} strokeDasharray="3 3" stroke={style.grid} />
          <XAxis dataKey="round" tick={{ fontSize: style.font, fill: style.text }} stroke={style.grid} height={style.font + 14} />
          <YAxis allowDecimals={false} tick={{ fontSize: style.font, fill: style.text }} stroke={style.grid} width={style.font * 3} />
          {style === SCREEN_STYLE ? <Tooltip /> : null}
          {/* Above the bars and in poll order (Recharts sorts by name otherwise), in the text colour so it reads on the projector's dark ground. */}
          <Legend
            verticalAlign="top"
            itemSorter={null}
            wrapperStyle={{ fontSize: style.font, paddingBottom: style.font }}
            formatter={(value) => <span style={{ color: style.text }}>{value}</span>}
          />
          {optionIds.map((id, i) => (
            <Bar key={id} dataKey={key(i)} name={label(id)} fill={SERIES[i % SERIES.length]} isAnimationActive={false} maxBarSize={style.font * 4} minPointSize={3}>
              {rows.map((row) => (
                <Cell key={row.round} fill={row.eliminated === id ? style.out : SERIES[i % SERIES.length]} fillOpacity={row.eliminated === id ? 0.85 : 1} />
              ))}
              <LabelList
                dataKey={key(i)}
                position="top"
                // Recharts passes the bar's index in the data: the round.
                content={(props) => {
                  const { x, y, width, value, index } = props as { x?: number; y?: number; width?: number; value?: number | null; index?: number };
                  if (value === null || value === undefined || x === undefined || y === undefined || width === undefined) return null;
                  const out = rows[index ?? -1]?.eliminated === id;
                  return (
                    <text x={x + width / 2} y={y - 6} textAnchor="middle" fontSize={style.font} fontWeight={700} fill={out ? style.out : style.text}>
                      {out ? `${format.number(value)} ✕` : format.number(value)}
                    </text>
                  );
                }}
              />
            </Bar>
          ))}
          <Line dataKey="majority" name={t('polls.irv.majority')} stroke={style.majority} strokeDasharray="6 4" strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} legendType="plainline" />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
