/**
 * The plan tab (แผนปฏิบัติการ): the forum's priority list and the plan's totals side by side,
 * the projects below. Each prioritised issue becomes a project in one step (keeping its rank
 * and the poll that set it); blank projects too.
 */
import { Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { type ComponentType, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../shared/contract';
import { PlanSummary } from './PlanSummary';
import { type DrawerTarget, ProjectDrawer } from './ProjectDrawer';
import { ProjectTable } from './ProjectTable';
import { usePlanSummary, useProjects } from '../../api/queries/projects';
import type { PriorityList } from '../../api/queries/polls';

/** The priority list, from the priorities feature (app/ForumPage hands it in, see ui/slots.ts). */
export type PriorityListSlot = ComponentType<{
  forumId: string;
  reorderable?: boolean;
  action?: (item: PriorityList['items'][number], list: PriorityList) => ReactNode;
}>;

export function PlanPanel({ forum, slots }: { forum: Output<'forums.get'>; slots: { PriorityList: PriorityListSlot } }) {
  const { t } = useTranslation();
  const projects = useProjects(forum.id);
  const summary = usePlanSummary(forum.id);
  const [target, setTarget] = useState<DrawerTarget | null>(null);
  const list = projects.data ?? [];
  const planned = new Set(list.map((p) => p.issueId).filter(Boolean));

  const priorityCard = (
    <slots.PriorityList
      forumId={forum.id}
      reorderable
      action={(item, priorities) => (
        <Button
          size="compact-sm"
          variant={planned.has(item.issueId) ? 'subtle' : 'light'}
          leftSection={<IconPlus size={14} />}
          disabled={item.issueMissing}
          aria-label={t('plan.fromPriorityNamed', { title: item.title })}
          onClick={() =>
            setTarget({
              kind: 'new',
              origin: {
                issueId: item.issueId,
                title: item.title,
                pollId: priorities.source?.kind === 'poll' ? priorities.source.pollId : null,
                priorityRank: item.rank,
              },
            })
          }
        >
          {t('plan.fromPriority')}
        </Button>
      )}
    />
  );

  // The table gets the full width: a plan row has many columns and Thai titles wrap early.
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2} fz={24}>
          {t('plan.title')}
        </Title>
        <Button leftSection={<IconPlus size={18} />} onClick={() => setTarget({ kind: 'new', origin: null })}>
          {t('plan.newBlank')}
        </Button>
      </Group>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 4 }}>{priorityCard}</Grid.Col>
        <Grid.Col span={{ base: 12, lg: 8 }}>{summary.data ? <PlanSummary summary={summary.data} /> : null}</Grid.Col>
      </Grid>
      {projects.data && list.length === 0 ? (
        <Paper withBorder p="lg" radius="md" bg="gray.0">
          <Text fz="lg">{t('plan.empty')}</Text>
          <Text c="dimmed">{t('plan.emptyHint')}</Text>
        </Paper>
      ) : (
        <ProjectTable forumId={forum.id} projects={list} onEdit={(project) => setTarget({ kind: 'edit', project })} />
      )}
      <ProjectDrawer forumId={forum.id} target={target} onClose={() => setTarget(null)} />
    </Stack>
  );
}
