/**
 * The follow-up on the projector: the totals, the status-by-type chart with its figures, and
 * every project's status in large type. Content only: the projector page puts it in its frame.
 */
import { Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatSatang } from '../../../shared/domain/action-plan';
import { ACCENT, FG, MUTED, OVER, PANEL, size } from '../../ui/projector-style';
import { type FollowUpChartStyle, StatusByTypeChart } from './FollowUpCharts';
import { useFollowUpView } from '../../api/queries/followup';
import { STATUS_COLOURS } from './status-colours';

const CHART: FollowUpChartStyle = { fontSize: 26, height: 440, textColour: FG, gridColour: '#46606f', labelWidth: 300 };
const cell = { color: FG, fontSize: 'clamp(22px, 1.5vw, 32px)', borderColor: '#46606f', padding: '6px 12px' };

export function ProjectorFollowUp({ forumId }: { forumId: string }) {
  const { t } = useTranslation();
  const view = useFollowUpView(forumId);
  const data = view.data;
  if (!data) return null;
  return (
    <Stack gap="2vh" w="100%" data-testid="projector-followup">
      <Text component="h1" m={0} fz={size.title} fw={700} lh={1.3} c={FG}>
        {t('followUp.projector.title')}
      </Text>
      <Group gap="4vw">
        <Text fz={size.body} c={ACCENT}>
          {t('followUp.projector.projects', { n: data.totals.projects })}
        </Text>
        <Text fz={size.body} c={ACCENT}>
          {t('followUp.projector.spent', { spent: formatSatang(data.totals.spentSatang), requested: formatSatang(data.totals.requestedSatang) })}
        </Text>
        {data.totals.overdue > 0 ? (
          <Text fz={size.body} c={OVER} fw={700}>
            {t('followUp.projector.overdue', { n: data.totals.overdue })}
          </Text>
        ) : null}
      </Group>
      {data.projects.length === 0 ? (
        <Text fz={size.large} c={MUTED}>
          {t('followUp.empty')}
        </Text>
      ) : (
        <Group align="flex-start" gap="3vw" wrap="nowrap">
          <div style={{ flex: '0 0 38%', background: PANEL, borderRadius: 12, padding: 16 }}>
            <StatusByTypeChart view={data} style={CHART} />
          </div>
          <Table style={{ flex: 1 }} withRowBorders>
            <Table.Thead>
              <Table.Tr>
                <Table.Th style={{ ...cell, color: ACCENT }}>{t('followUp.table.project')}</Table.Th>
                <Table.Th style={{ ...cell, color: ACCENT }}>{t('followUp.table.status')}</Table.Th>
                <Table.Th style={{ ...cell, color: ACCENT, textAlign: 'right' }}>{t('followUp.table.progress')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.projects.map((p) => (
                <Table.Tr key={p.projectId}>
                  <Table.Td style={cell}>{p.title}</Table.Td>
                  <Table.Td style={{ ...cell, whiteSpace: 'nowrap' }}>
                    <span style={{ display: 'inline-block', width: '0.8em', height: '0.8em', borderRadius: '50%', background: STATUS_COLOURS[p.status ?? 'none'], marginRight: 8 }} />
                    {t(`followUp.status.${p.status ?? 'none'}`)}
                    {p.overdue ? <span style={{ color: OVER, fontWeight: 700 }}> · {t('followUp.table.overdue')}</span> : null}
                  </Table.Td>
                  <Table.Td style={{ ...cell, textAlign: 'right' }}>{p.progressPercent === null ? '–' : `${p.progressPercent}%`}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Group>
      )}
    </Stack>
  );
}
