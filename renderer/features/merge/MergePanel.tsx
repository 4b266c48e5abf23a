/**
 * The merge tab of a (tambon) forum: choose the village forums, have matches proposed, check
 * them (take issues out of groups, confirm duplicates), merge after a confirmation, then see
 * the villages' priorities side by side and the combined ranking. Rules: docs/merge.md.
 */
import { Alert, Button, Center, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowMerge, IconWand } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Forum, Output } from '../../../shared/contract';
import { useApi } from '../../api/ApiProvider';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { notifyDone, useNotifyError } from '../../ui/notify';
import { AggregateRanking } from './AggregateRanking';
import { DuplicatesReview } from './DuplicatesReview';
import { IssueGroupsReview } from './IssueGroupsReview';
import { type Review, applyInput, setSamePerson, startReview, takeOut } from './plan-review';
import { type MergePlan, useMergeCandidates, useMergePriorities, useMergeSources } from '../../api/queries/merge';
import { SourcePicker } from './SourcePicker';
import { VillagePriorities } from './VillagePriorities';

export function MergePanel({ forum }: { forum: Forum }) {
  const { t } = useTranslation();
  const api = useApi();
  const notifyError = useNotifyError();
  const candidates = useMergeCandidates(forum.id);
  const sources = useMergeSources(forum.id);
  const priorities = useMergePriorities(forum.id);
  const [selected, setSelected] = useState<string[]>([]);
  const [plan, setPlan] = useState<{ plan: MergePlan; review: Review } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [lastResult, setLastResult] = useState<Output<'merge.apply'> | null>(null);

  const propose = useMutation({
    // In the list's order (date, village), whatever order they were ticked in: the merged issues follow it.
    mutationFn: () =>
      api.merge.plan({ intoForumId: forum.id, sourceForumIds: (candidates.data ?? []).map((f) => f.forumId).filter((id) => selected.includes(id)) }),
    onSuccess: (p) => setPlan({ plan: p, review: startReview(p) }),
    onError: notifyError,
  });
  const apply = useMutation({
    mutationFn: (current: NonNullable<typeof plan>) => api.merge.apply(applyInput(current.plan, current.review)),
    onSuccess: (result) => {
      setConfirming(false);
      setPlan(null);
      setLastResult(result);
      notifyDone(t('merge.done', { attendees: result.added.attendees, issues: result.added.issues }));
    },
    onError: (error) => {
      setConfirming(false);
      notifyError(error);
    },
  });

  if (candidates.isPending) {
    return (
      <Center py="xl">
        <Loader />
      </Center>
    );
  }
  const forums = candidates.data ?? [];
  const merged = new Set((sources.data?.sources ?? []).map((s) => s.forumId));
  const villages = priorities.data?.villages ?? [];

  return (
    <Stack gap="md" data-testid="merge-panel">
      <Stack gap={4}>
        <Title order={2} fz={24}>
          {t('merge.title')}
        </Title>
        <Text c="dimmed">{t('merge.intro')}</Text>
      </Stack>

      {forums.length === 0 ? (
        <Paper withBorder p="lg" radius="md" bg="gray.0" data-testid="merge-empty">
          <Text fz="lg">{t('merge.empty')}</Text>
          <Text c="dimmed">{t('merge.emptyHint')}</Text>
        </Paper>
      ) : (
        <>
          <SourcePicker
            forums={forums}
            merged={merged}
            selected={selected}
            onChange={(ids) => {
              setSelected(ids);
              setPlan(null);
            }}
          />
          <Group>
            <Button leftSection={<IconWand size={18} />} disabled={selected.length === 0} loading={propose.isPending} onClick={() => propose.mutate()}>
              {t('merge.propose')}
            </Button>
          </Group>
        </>
      )}

      {plan ? (
        <Paper withBorder radius="md" p="md">
          <Stack gap="lg">
            <IssueGroupsReview
              groups={plan.review.groups}
              threshold={plan.plan.similarity.threshold}
              onTakeOut={(groupIndex, issueId) => setPlan({ ...plan, review: takeOut(plan.review, groupIndex, issueId) })}
            />
            <DuplicatesReview
              plan={plan.plan}
              samePerson={plan.review.samePerson}
              onChange={(index, same) => setPlan({ ...plan, review: setSamePerson(plan.review, index, same) })}
            />
            <Group>
              <Button size="md" leftSection={<IconArrowMerge size={20} />} onClick={() => setConfirming(true)}>
                {t('merge.apply')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      ) : null}

      <ConfirmDialog
        opened={confirming && plan !== null}
        title={t('merge.confirmTitle', { count: plan?.plan.sources.length ?? 0 })}
        confirmLabel={t('merge.apply')}
        loading={apply.isPending}
        onConfirm={() => plan && apply.mutate(plan)}
        onClose={() => setConfirming(false)}
      >
        {t('merge.confirmBody')}
      </ConfirmDialog>

      {villages.length > 0 && priorities.data ? (
        <Stack gap="sm" data-testid="merge-results">
          <Title order={3} fz={20}>
            {t('merge.results.title')}
          </Title>
          {lastResult && !lastResult.priorityListWritten && lastResult.priorities.ranking.length > 0 ? (
            <Alert color="blue" variant="light">
              {t('merge.results.listKept')}
            </Alert>
          ) : null}
          <Text fw={700}>{t('merge.results.villages')}</Text>
          <VillagePriorities villages={villages} />
          <Text fw={700}>{t('merge.results.aggregate')}</Text>
          {priorities.data.ranking.length === 0 ? <Text c="dimmed">{t('merge.results.none')}</Text> : <AggregateRanking priorities={priorities.data} />}
        </Stack>
      ) : null}
    </Stack>
  );
}
