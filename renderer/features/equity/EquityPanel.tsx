/**
 * Who spoke, and for how long, set against who was in the room (seed 004, "domination vs
 * deliberation"). Live: speeches change it through their change events, and a running speech
 * is re-counted every few seconds. Filtered by agenda item, or the whole forum.
 */
import { Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { IconMicrophone } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DIMENSIONS, type Output } from '../../../shared/contract';
import { useFormat } from '../../i18n/format';
import { navigate } from '../../ui/route';
import { useAgenda } from '../../api/queries/agenda';
import { EquityDimensionCard } from './EquityDimensionCard';
import { EquityHeadline } from './EquityHeadline';
import { EquityWarnings } from './EquityWarnings';
import { useEquity } from '../../api/queries/equity';
import { TopSpeakers } from './TopSpeakers';

const WHOLE_FORUM = '__all';

export function EquityPanel({ forum }: { forum: Output<'forums.get'> }) {
  const { t } = useTranslation();
  const [item, setItem] = useState<string>(WHOLE_FORUM);
  const agenda = useAgenda(forum.id);
  const summary = useEquity(forum.id, item === WHOLE_FORUM ? null : item);
  const data = summary.data;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Select
          w={420}
          label={t('equity.filter.label')}
          value={item}
          allowDeselect={false}
          onChange={(v) => v && setItem(v)}
          data={[{ value: WHOLE_FORUM, label: t('equity.filter.all') }, ...(agenda.data?.items ?? []).map((i) => ({ value: i.id, label: `${i.number} ${i.title}` }))]}
          data-testid="equity-filter"
        />
        <Text c="dimmed" size="sm" maw={480}>
          {t('equity.note')}
        </Text>
      </Group>
      {!data ? null : data.speeches === 0 ? (
        <Empty attendees={data.attendees} filtered={item !== WHOLE_FORUM} forumId={forum.id} />
      ) : (
        <>
          <EquityWarnings warnings={data.warnings} />
          <EquityHeadline summary={data} />
          {data.unattributed.speeches > 0 ? (
            <Text c="dimmed" fz="sm">
              {t('equity.unattributed', { count: data.unattributed.speeches })}
            </Text>
          ) : null}
          <WrittenLine summary={data} />
          {DIMENSIONS.map((d) => (
            <EquityDimensionCard key={d} dimension={d} shares={data.byDimension[d] ?? []} written={data.written.total > 0 ? data.written.byDimension[d] : undefined} />
          ))}
          <TopSpeakers speakers={data.speakers} />
        </>
      )}
    </Stack>
  );
}

/** Written contributions from phones, beside speaking time; nothing when no phone sent any. */
function WrittenLine({ summary }: { summary: Output<'equity.summary'> }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (summary.written.total === 0) return null;
  return (
    <Text fz="sm" data-testid="equity-written-line">
      {t('equity.written', { total: format.number(summary.written.total), unattributed: format.number(summary.written.unattributed) })}
    </Text>
  );
}

function Empty({ attendees, filtered, forumId }: { attendees: number; filtered: boolean; forumId: string }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="xl" data-testid="equity-empty">
      <Stack gap="sm" align="flex-start">
        <Title order={3}>{filtered ? t('equity.empty.titleItem') : t('equity.empty.title')}</Title>
        <Text fz="lg">{t('equity.empty.body', { count: attendees })}</Text>
        <Button leftSection={<IconMicrophone size={20} />} variant="light" onClick={() => navigate({ name: 'forum', forumId, tab: 'speakers' }, { replace: true })}>
          {t('equity.empty.toSpeakers')}
        </Button>
      </Stack>
    </Paper>
  );
}
