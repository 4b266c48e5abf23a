/** The ranking as horizontal bars, winners in the strong colour; the table beside it has the same figures. */
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { useLabelAxis } from '../../ui/chart/useLabelAxis';
import type { PollResults } from '../../api/queries/polls';

const BAR = 36;

export function RankingChart({ ranking }: { ranking: PollResults['ranking'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows = ranking.map((e) => ({ label: e.label, score: e.score, winner: e.rank === 1, text: format.number(e.score) }));
  const axis = useLabelAxis(
    rows.map((r) => r.label),
    { fontSize: 14, maxWidth: 200, maxLines: 3 },
  );
  return (
    <div style={{ height: Math.max(140, rows.length * axis.rowHeight(BAR) + 40) }} role="img" aria-label={t('polls.results.chart')} data-testid="ranking-chart">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 48, bottom: 4, left: 4 }}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" tick={{ fontSize: 13 }} />
          <YAxis type="category" dataKey="label" width={axis.width} tick={axis.tick} interval={0} />
          <Bar dataKey="score" isAnimationActive={false} radius={[0, 4, 4, 0]} maxBarSize={28}>
            {rows.map((r) => (
              <Cell key={r.label} fill={r.winner ? '#008371' : '#9ddcd3'} />
            ))}
            <LabelList dataKey="text" position="right" style={{ fontSize: 14, fontWeight: 700, fill: '#1a1b1e' }} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
