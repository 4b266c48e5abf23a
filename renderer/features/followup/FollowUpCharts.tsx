/**
 * The follow-up charts, each with its table beside it (the same figures, readable without the
 * colours): projects by type (ทำเอง / ทำร่วม / ขอรับการสนับสนุน) and status, and budget by source
 * (requested against spent). Sized by the caller, so the tab and the projector share them.
 */
import { Table } from '@mantine/core';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { formatSatang } from '../../../shared/domain/action-plan';
import { FOLLOW_UP_STATUSES } from '../../../shared/domain/follow-through-vocabulary';
import { PROJECT_TYPES } from '../../../shared/domain/project-vocabulary';
import type { FollowUpView } from '../../api/queries/followup';
import { STATUS_COLOURS } from './status-colours';

export interface FollowUpChartStyle {
  fontSize: number;
  height: number;
  textColour: string;
  gridColour: string;
  labelWidth: number;
}

export const TAB_STYLE: FollowUpChartStyle = { fontSize: 14, height: 240, textColour: '#212529', gridColour: '#dee2e6', labelWidth: 130 };

const STATUS_KEYS = [...FOLLOW_UP_STATUSES, 'none'] as const;

/** Legend labels in the text colour (the default takes the series colour, unreadable on the projector's dark ground). */
const legendText = (style: FollowUpChartStyle) => (value: string) => <span style={{ color: style.textColour }}>{value}</span>;

export function StatusByTypeChart({ view, style = TAB_STYLE }: { view: FollowUpView; style?: FollowUpChartStyle }) {
  const { t } = useTranslation();
  const rows = PROJECT_TYPES.map((type) => ({ label: t(`plan.type.${type}`), ...view.statusByType[type] }));
  const tick = { fontSize: style.fontSize, fill: style.textColour };
  return (
    <div style={{ height: style.height }} role="img" aria-label={t('followUp.charts.statusByType')} data-testid="status-chart">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 4 }}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" stroke={style.gridColour} />
          <XAxis type="number" allowDecimals={false} tick={tick} stroke={style.gridColour} />
          <YAxis type="category" dataKey="label" width={style.labelWidth} tick={tick} interval={0} stroke={style.gridColour} />
          <Legend wrapperStyle={{ fontSize: style.fontSize }} formatter={legendText(style)} />
          {STATUS_KEYS.map((s) => (
            <Bar key={s} dataKey={s} stackId="status" name={t(`followUp.status.${s}`)} fill={STATUS_COLOURS[s]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

export function StatusByTypeTable({ view }: { view: FollowUpView }) {
  const { t } = useTranslation();
  return (
    <Table withTableBorder verticalSpacing={4} data-testid="status-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('followUp.charts.type')}</Table.Th>
          {STATUS_KEYS.map((s) => (
            <Table.Th key={s} ta="right">
              {t(`followUp.status.${s}`)}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {PROJECT_TYPES.map((type) => (
          <Table.Tr key={type}>
            <Table.Td>{t(`plan.type.${type}`)}</Table.Td>
            {STATUS_KEYS.map((s) => (
              <Table.Td key={s} ta="right">
                {view.statusByType[type][s]}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

const sourceLabel = (source: string, none: string) => source || none;

export function BudgetBySourceChart({ view, style = TAB_STYLE }: { view: FollowUpView; style?: FollowUpChartStyle }) {
  const { t } = useTranslation();
  const rows = view.budgetBySource.map((s) => ({ label: sourceLabel(s.source, t('followUp.charts.noSource')), requested: s.requestedSatang / 100, spent: s.spentSatang / 100 }));
  const tick = { fontSize: style.fontSize, fill: style.textColour };
  const baht = (v: unknown) => (typeof v === 'number' ? formatSatang(Math.round(v * 100)).replace(/\.00$/, '') : '');
  return (
    <div style={{ height: style.height }} role="img" aria-label={t('followUp.charts.budgetBySource')} data-testid="budget-chart">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 4 }}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" stroke={style.gridColour} />
          <XAxis type="number" tickFormatter={baht} tick={tick} stroke={style.gridColour} />
          <YAxis type="category" dataKey="label" width={style.labelWidth} tick={tick} interval={0} stroke={style.gridColour} />
          <Legend wrapperStyle={{ fontSize: style.fontSize }} formatter={legendText(style)} />
          <Bar dataKey="requested" name={t('followUp.charts.requested')} fill="#74c0fc" isAnimationActive={false} />
          <Bar dataKey="spent" name={t('followUp.charts.spent')} fill="#0b7285" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

export function BudgetBySourceTable({ view }: { view: FollowUpView }) {
  const { t } = useTranslation();
  return (
    <Table withTableBorder verticalSpacing={4} data-testid="budget-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('followUp.charts.source')}</Table.Th>
          <Table.Th ta="right">{t('followUp.charts.requested')}</Table.Th>
          <Table.Th ta="right">{t('followUp.charts.spent')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {view.budgetBySource.map((s) => (
          <Table.Tr key={s.source}>
            <Table.Td>{sourceLabel(s.source, t('followUp.charts.noSource'))}</Table.Td>
            <Table.Td ta="right">฿{formatSatang(s.requestedSatang)}</Table.Td>
            <Table.Td ta="right">฿{formatSatang(s.spentSatang)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
