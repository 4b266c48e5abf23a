/**
 * The follow-up tab: the plan followed from the forum that made it through its follow-up forums.
 * Which forums this one follows up (and which follow it), the totals, the charts with their
 * tables, every project with its status, and the lessons. From here: a new follow-up forum, the
 * projector, the development-plan list (ผ.02) for the local government.
 */
import { Anchor, Button, Grid, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { IconFileSpreadsheet, IconFileTypeDocx, IconLink, IconPlus, IconPresentation } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../shared/contract';
import { formatSatang } from '../../../shared/domain/action-plan';
import { useApi, useOpenProjector } from '../../api/ApiProvider';
import { navigate } from '../../ui/route';
import { useFormat } from '../../i18n/format';
import { useNotifyError } from '../../ui/notify';
import { useFileExport } from '../../ui/useFileExport';
import { BudgetBySourceChart, BudgetBySourceTable, StatusByTypeChart, StatusByTypeTable } from './FollowUpCharts';
import { FollowUpProjects } from './FollowUpProjects';
import { HistoryDrawer } from './HistoryDrawer';
import { LessonsCard } from './LessonsCard';
import { type FollowUpAction, NewFollowUpModal } from './NewFollowUpModal';
import { PlanDetailsModal } from './PlanDetailsModal';
import { type FollowUpProject, useFollowUpSources, useFollowUpView } from '../../api/queries/followup';
import { StatusUpdateModal } from './StatusUpdateModal';

export function FollowUpPanel({ forum }: { forum: Output<'forums.get'> }) {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const notifyError = useNotifyError();
  const openProjector = useOpenProjector();
  const view = useFollowUpView(forum.id);
  const sources = useFollowUpSources(forum.id);
  const [updating, setUpdating] = useState<FollowUpProject | null>(null);
  const [history, setHistory] = useState<FollowUpProject | null>(null);
  const [details, setDetails] = useState<FollowUpProject | null>(null);
  const [action, setAction] = useState<FollowUpAction | null>(null);
  const exportPlan = useFileExport((kind: 'xlsx' | 'docx') => api.devPlan.export({ forumId: forum.id, format: kind }));
  const project = useMutation({
    mutationFn: () => api.projector.set({ forumId: forum.id, view: { mode: 'followUp' } }),
    onSuccess: () => openProjector(forum.id),
    onError: notifyError,
  });
  const data = view.data;
  const totals = data?.totals;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={2} fz={24}>
            {t('followUp.title')}
          </Title>
          {sources.data?.isFollowUp ? (
            <Text>
              {t('followUp.follows')}{' '}
              {sources.data.earlier.map((e, i) => (
                <span key={e.forumId}>
                  {i > 0 ? ', ' : ''}
                  {e.missing ? (
                    <Text span c="gray.7">
                      {t('followUp.missingForum')}
                    </Text>
                  ) : (
                    <Anchor component="button" type="button" onClick={() => navigate({ name: 'forum', forumId: e.forumId, tab: 'followup' })}>
                      {e.title}
                    </Anchor>
                  )}
                </span>
              ))}
            </Text>
          ) : (
            <Text c="gray.7">{t('followUp.notFollowUp')}</Text>
          )}
          {sources.data && sources.data.later.length > 0 ? (
            <Text size="sm">
              {t('followUp.followedBy')}{' '}
              {sources.data.later.map((l, i) => (
                <span key={l.forumId}>
                  {i > 0 ? ', ' : ''}
                  <Anchor component="button" type="button" onClick={() => navigate({ name: 'forum', forumId: l.forumId, tab: 'followup' })}>
                    {l.title} ({format.date(l.date, true)})
                  </Anchor>
                </span>
              ))}
            </Text>
          ) : null}
        </Stack>
        <Group gap="xs">
          <Button leftSection={<IconPlus size={18} />} onClick={() => setAction('create')}>
            {t('followUp.newForum')}
          </Button>
          <Button variant="light" leftSection={<IconLink size={18} />} onClick={() => setAction('link')}>
            {t('followUp.linkForum')}
          </Button>
          <Button variant="light" leftSection={<IconPresentation size={18} />} loading={project.isPending} onClick={() => project.mutate()}>
            {t('followUp.toProjector')}
          </Button>
        </Group>
      </Group>

      {totals ? (
        <SimpleGrid cols={{ base: 2, md: 5 }} data-testid="followup-totals">
          <Figure label={t('followUp.totals.projects')} value={String(totals.projects)} />
          <Figure label={t('followUp.totals.requested')} value={`฿${formatSatang(totals.requestedSatang)}`} />
          <Figure label={t('followUp.totals.committed')} value={`฿${formatSatang(totals.committedSatang)}`} />
          <Figure label={t('followUp.totals.spent')} value={`฿${formatSatang(totals.spentSatang)}`} />
          <Figure label={t('followUp.totals.overdue')} value={String(totals.overdue)} alert={totals.overdue > 0} />
        </SimpleGrid>
      ) : null}

      {data && data.projects.length === 0 ? (
        <Paper withBorder p="lg" radius="md" bg="gray.0">
          <Text fz="lg">{t('followUp.empty')}</Text>
          <Text c="gray.7">{t('followUp.emptyHint')}</Text>
        </Paper>
      ) : null}

      {data && data.projects.length > 0 ? (
        <>
          <Grid gap="md">
            <Grid.Col span={{ base: 12, lg: 6 }}>
              <Paper withBorder p="md" radius="md">
                <Title order={3} fz="lg" mb="xs">
                  {t('followUp.charts.statusByType')}
                </Title>
                <StatusByTypeChart view={data} />
                <StatusByTypeTable view={data} />
              </Paper>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 6 }}>
              <Paper withBorder p="md" radius="md">
                <Title order={3} fz="lg" mb="xs">
                  {t('followUp.charts.budgetBySource')}
                </Title>
                <BudgetBySourceChart view={data} />
                <BudgetBySourceTable view={data} />
              </Paper>
            </Grid.Col>
          </Grid>
          <Paper withBorder p="md" radius="md">
            <Group justify="space-between" mb="xs">
              <Title order={3} fz="xl">
                {t('followUp.projectsTitle')}
              </Title>
              <Group gap="xs">
                <Button variant="light" leftSection={<IconFileSpreadsheet size={18} />} loading={exportPlan.isPending && exportPlan.variables === 'xlsx'} onClick={() => exportPlan.mutate('xlsx')}>
                  {t('followUp.devPlanXlsx')}
                </Button>
                <Button variant="light" leftSection={<IconFileTypeDocx size={18} />} loading={exportPlan.isPending && exportPlan.variables === 'docx'} onClick={() => exportPlan.mutate('docx')}>
                  {t('followUp.devPlanDocx')}
                </Button>
              </Group>
            </Group>
            <FollowUpProjects view={data} onUpdate={setUpdating} onHistory={setHistory} onDetails={setDetails} />
          </Paper>
        </>
      ) : null}

      <LessonsCard forumId={forum.id} view={data} />
      <StatusUpdateModal forumId={forum.id} project={updating} onClose={() => setUpdating(null)} />
      <HistoryDrawer project={history} onClose={() => setHistory(null)} />
      <PlanDetailsModal project={details} onClose={() => setDetails(null)} />
      <NewFollowUpModal forum={forum} action={action} onClose={() => setAction(null)} />
    </Stack>
  );
}

function Figure({ label, value, alert = false }: { label: string; value: string; alert?: boolean }) {
  return (
    <Paper withBorder p="sm" radius="md">
      <Text size="sm" c="gray.7">
        {label}
      </Text>
      <Text fz={24} fw={700} c={alert ? 'red.9' : undefined}>
        {value}
      </Text>
    </Paper>
  );
}
