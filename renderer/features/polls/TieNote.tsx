/**
 * The tie rule, always stated, and when there is a tie: who is tied and how it stands under the
 * rule. With the casting-vote rule the facilitator records the decision here, after confirming
 * it; every decision on record stays in view (an IRV elimination decided by the chair too,
 * though the count has moved on), and can be cleared while the poll is open (with Undo). Once
 * the poll is closed a decision is on record for the minutes: reopen the poll to change it.
 */
import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { IconScale } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TieBreak } from '../../../shared/tally/types';
import { useApi } from '../../api/ApiProvider';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { notifyDone } from '../../ui/notify';
import { useNotifyApiError } from '../../ui/api-errors';
import { useSelectPoll } from './poll-selection';
import { usePollText } from '../../i18n/poll-text';
import type { Poll, PollResults } from '../../api/queries/polls';
import { type CastingDecision, castingDecisions } from './tie-marks';

interface Props {
  poll: Poll;
  /** null before anything is counted: only the rule is stated. */
  results: Pick<PollResults, 'tieBreak' | 'rounds'> | null;
  label: (id: string) => string;
}

export function TieNote({ poll, results, label }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const text = usePollText();
  const onError = useNotifyApiError();
  const [choosing, setChoosing] = useState<string | null>(null);
  const recorded = poll.tieRule.rule === 'casting_vote' ? poll.tieRule.choices : [];
  const open = poll.status === 'open';
  const cast = useMutation({
    mutationFn: ({ choices }: { choices: string[]; before: string[]; done: string }) => api.polls.setCastingVotes({ pollId: poll.id, choices }),
    onSuccess: (_, { before, done }) => {
      setChoosing(null);
      // An Undo only while the poll is open: once closed, a decision is only ever added to.
      notifyDone(done, { group: 'casting', ...(open ? { undo: { label: t('common.undo'), onUndo: () => cast.mutate({ choices: before, before: [], done: t('polls.tie.undone') }) } } : {}) });
    },
    onError,
  });
  const select = useSelectPoll();
  const revote = useMutation({
    mutationFn: (optionIds: string[]) =>
      api.polls.duplicate({ id: poll.id, ...(optionIds.length > 0 ? { optionIds } : {}), title: t('polls.tie.revoteTitle', { title: poll.title }) }),
    onSuccess: (draft) => {
      notifyDone(t('polls.tie.revoteCreated', { title: draft.title }));
      select(draft.id);
    },
    onError,
  });
  const rule = (
    <Text size="sm">
      <Text span fw={600}>
        {t('polls.tieRule.label')}
      </Text>{' '}
      {text.tieRule(poll.tieRule)}
    </Text>
  );
  const tieBreak: TieBreak | null = results?.tieBreak ?? null;
  const decisions = results ? castingDecisions(results) : [];
  if (!tieBreak && decisions.length === 0 && recorded.length === 0) return rule;

  const decisionText = (d: Pick<CastingDecision, 'stage' | 'round' | 'chosen'>) =>
    d.stage === 'elimination' ? t('polls.tie.castEliminatedIn', { option: label(d.chosen), round: d.round ?? '' }) : t('polls.tie.castWinner', { option: label(d.chosen) });
  const waiting = tieBreak?.status === 'awaiting_choice' ? tieBreak : null;
  const stage = tieBreak ? (tieBreak.stage === 'elimination' ? t('polls.tie.elimination', { round: tieBreak.round ?? '' }) : t('polls.tie.winner')) : '';
  const title = waiting || tieBreak?.status === 'revote_required' ? t('polls.tie.title', { stage }) : t('polls.tie.decidedTitle');

  return (
    <Alert color={waiting || tieBreak?.status === 'revote_required' ? 'orange' : 'blue'} icon={<IconScale />} title={title} data-testid="tie-note">
      <Stack gap={6}>
        {tieBreak && tieBreak.status !== 'decided' ? <Text>{t('polls.tie.tied', { options: tieBreak.tied.map(label).join(', ') })}</Text> : null}
        {rule}
        {decisions.length > 0 ? (
          <Stack gap={2} data-testid="casting-decisions">
            <Text fw={600}>{t('polls.tie.recorded')}</Text>
            <List size="sm" spacing={2}>
              {decisions.map((d) => (
                <List.Item key={`${d.stage}-${d.round}-${d.chosen}`}>
                  {decisionText(d)} {t('polls.tie.among', { options: d.tied.map(label).join(', ') })}
                </List.Item>
              ))}
            </List>
          </Stack>
        ) : null}
        {waiting ? (
          <>
            <Text fw={600}>{waiting.stage === 'elimination' ? t('polls.tie.chooseEliminated') : t('polls.tie.chooseWinner')}</Text>
            <Group gap="xs">
              {waiting.tied.map((id) => (
                <Button key={id} size="compact-md" variant="light" onClick={() => setChoosing(id)}>
                  {label(id)}
                </Button>
              ))}
            </Group>
            {waiting.rejectedChoice ? <Text size="sm">{t('polls.tie.rejected', { option: label(waiting.rejectedChoice) })}</Text> : null}
          </>
        ) : null}
        {tieBreak?.status === 'revote_required' ? (
          <>
            <Text fw={600}>{t('polls.tie.revote', { options: tieBreak.tied.map(label).join(', ') })}</Text>
            {/* Yes/no re-votes on the same motion; otherwise only the tied options go to the new vote. */}
            <Button
              size="compact-md"
              variant="light"
              w="fit-content"
              loading={revote.isPending}
              onClick={() => revote.mutate(tieBreak.tied.filter((id) => poll.options.some((o) => o.id === id)))}
            >
              {t('polls.tie.makeRevote')}
            </Button>
          </>
        ) : null}
        {tieBreak?.status === 'decided' && tieBreak.rule === 'lottery' && tieBreak.chosen !== null ? (
          <Text fw={600}>{t('polls.tie.drawn', { option: label(tieBreak.chosen), draw: (tieBreak.draw ?? []).map(label).join(' › '), seed: tieBreak.seed ?? '' })}</Text>
        ) : null}
        {recorded.length > 0 ? (
          open ? (
            <Button
              size="compact-sm"
              variant="subtle"
              color="gray"
              w="fit-content"
              onClick={() => cast.mutate({ choices: [], before: recorded, done: t('polls.tie.cleared') })}
              loading={cast.isPending}
              data-testid="clear-casting"
            >
              {t('polls.tie.clearCasting')}
            </Button>
          ) : (
            <Text size="sm" c="dimmed">
              {t('polls.tie.reopenToChange')}
            </Text>
          )
        ) : null}
      </Stack>
      <ConfirmDialog
        opened={choosing !== null && waiting !== null}
        title={t('polls.tie.confirmTitle')}
        confirmLabel={t('polls.tie.confirm')}
        loading={cast.isPending}
        onConfirm={() => {
          if (choosing && waiting) {
            const done = waiting.stage === 'elimination' ? t('polls.tie.castEliminatedIn', { option: label(choosing), round: waiting.round ?? '' }) : t('polls.tie.castWinner', { option: label(choosing) });
            cast.mutate({ choices: [...recorded, choosing], before: recorded, done: t('polls.tie.recordedDone', { decision: done }) });
          }
        }}
        onClose={() => setChoosing(null)}
      >
        <Stack gap="xs">
          <Text fw={700} fz="lg" data-testid="casting-confirm-choice">
            {choosing && waiting ? decisionText({ stage: waiting.stage, round: waiting.round ?? null, chosen: choosing }) : null}
          </Text>
          <Text>{t('polls.tie.confirmBody', { options: (waiting?.tied ?? []).map(label).join(', ') })}</Text>
          <Text size="sm" c="dimmed">
            {open ? t('polls.tie.confirmOpen') : t('polls.tie.confirmClosed')}
          </Text>
        </Stack>
      </ConfirmDialog>
    </Alert>
  );
}
