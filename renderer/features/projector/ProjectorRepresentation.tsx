/** Who is in the room, by one classification, as one big bar chart readable from the back. */
import { Box, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { ProjectorView } from '../../../shared/contract';
import { useApi } from '../../api/ApiProvider';
import { keys } from '../../api/query-keys';
import { useFormat } from '../../i18n/format';
import { useLabels } from '../../i18n/labels';
import { useLabelAxis } from '../../ui/chart/useLabelAxis';
import { ACCENT, FG, MUTED, size } from '../../ui/projector-style';

type RepresentationView = Extract<ProjectorView, { mode: 'representation' }>;

const ROW_PX = 120;
const FONT = 'Sarabun, sans-serif';

export function ProjectorRepresentation({ forumId, view }: { forumId: string; view: RepresentationView }) {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const labels = useLabels();
  // The same query as the representation tab, so attendance events refresh both.
  const summary = useQuery({
    queryKey: keys.representation(forumId, view.basis),
    queryFn: () => api.representation.summary({ forumId, basis: view.basis }),
  });
  const data = summary.data;
  const rows = (data?.byDimension[view.dimension] ?? []).map((s) => ({
    ...s,
    label: labels.dimensionKey(view.dimension, s.key),
    value: `${format.number(s.count)} (${format.percent(s.share)})`,
  }));
  const dimension = t(`representation.dimension.${view.dimension}`);
  const axis = useLabelAxis(
    rows.map((r) => r.label),
    { fontSize: 36, maxWidth: 560, maxLines: 3, fill: FG, fontFamily: FONT },
  );

  return (
    <Stack gap="3vh" w="100%" data-testid="projector-representation">
      <Stack gap={0}>
        <Text component="h1" fz={size.title} fw={700} c={FG} m={0} lh={1.35}>
          {t('projectorView.representation.title', { dimension })}
        </Text>
        {data ? (
          <Text fz={size.large} c={ACCENT}>
            {t(view.basis === 'checked_in' ? 'projectorView.representation.totalCheckedIn' : 'projectorView.representation.totalRegistered', {
              n: format.number(data.total),
            })}
          </Text>
        ) : null}
      </Stack>
      {data && rows.length === 0 ? (
        <Text fz={size.large} c={MUTED}>
          {t('projectorView.representation.none')}
        </Text>
      ) : (
        <Box h={Math.min(rows.length * axis.rowHeight(ROW_PX) + 20, 760)} role="img" aria-label={t('projectorView.representation.title', { dimension })}>
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={rows} layout="vertical" margin={{ top: 0, right: 260, bottom: 0, left: 0 }} barCategoryGap={14}>
              <XAxis type="number" hide allowDecimals={false} domain={[0, 'dataMax']} />
              <YAxis type="category" dataKey="label" width={axis.width} interval={0} tickLine={false} axisLine={false} tick={axis.tick} />
              <Bar dataKey="count" fill={ACCENT} isAnimationActive={false} radius={[0, 8, 8, 0]}>
                <LabelList dataKey="value" position="right" style={{ fill: FG, fontSize: 36, fontWeight: 700, fontFamily: FONT }} />
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </Box>
      )}
    </Stack>
  );
}
