/**
 * The tie rule, always stated, and when there is a tie: who is tied and how it stands under the
 * rule. With the casting-vote rule the facilitator records the decision here; the decision is
 * stored with the poll, so the result and the minutes show it.
 */
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconScale } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { TieBreak } from '../../../shared/tally/types';
import { useApi } from '../../api/ApiProvider';
import { notifyDone } from '../../ui/notify';
import { useNotifyApiError } from '../../ui/api-errors';
import { useSelectPoll } from './poll-selection';
import { usePollText } from '../../i18n/poll-text';
import type { Poll } from '../../api/queries/polls';

interface Props {
  poll: Poll;
  tieBreak: TieBreak | null;
  label: (id: string) => string;
}

export function TieNote({ poll, tieBreak, label }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const text = usePollText();
  const onError = useNotifyApiError();
  const recorded = poll.tieRule.rule === 'casting_vote' ? poll.tieRule.choices : [];
  const cast = useMutation({
    mutationFn: (choices: string[]) => api.polls.setCastingVotes({ pollId: poll.id, choices }),
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
  if (!tieBreak) return rule;

  const tied = tieBreak.tied.map(label).join(', ');
  const stage = tieBreak.stage === 'elimination' ? t('polls.tie.elimination', { round: tieBreak.round ?? '' }) : t('polls.tie.winner');
  return (
    <Alert color={tieBreak.status === 'decided' ? 'blue' : 'orange'} icon={<IconScale />} title={t('polls.tie.title', { stage })} data-testid="tie-note">
      <Stack gap={6}>
        <Text>{t('polls.tie.tied', { options: tied })}</Text>
        {rule}
        {tieBreak.status === 'awaiting_choice' ? (
          <>
            <Text fw={600}>{tieBreak.stage === 'elimination' ? t('polls.tie.chooseEliminated') : t('polls.tie.chooseWinner')}</Text>
            <Group gap="xs">
              {tieBreak.tied.map((id) => (
                <Button key={id} size="compact-md" variant="light" loading={cast.isPending} onClick={() => cast.mutate([...recorded, id])}>
                  {label(id)}
                </Button>
              ))}
            </Group>
            {tieBreak.rejectedChoice ? <Text size="sm">{t('polls.tie.rejected', { option: label(tieBreak.rejectedChoice) })}</Text> : null}
          </>
        ) : null}
        {tieBreak.status === 'revote_required' ? (
          <>
            <Text fw={600}>{t('polls.tie.revote', { options: tied })}</Text>
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
        {tieBreak.status === 'decided' && tieBreak.chosen !== null ? (
          <Text fw={600}>
            {tieBreak.rule === 'lottery'
              ? t('polls.tie.drawn', { option: label(tieBreak.chosen), draw: (tieBreak.draw ?? []).map(label).join(' › '), seed: tieBreak.seed ?? '' })
              : t(tieBreak.stage === 'elimination' ? 'polls.tie.castEliminated' : 'polls.tie.castWinner', { option: label(tieBreak.chosen) })}
          </Text>
        ) : null}
        {tieBreak.rule === 'casting_vote' && recorded.length > 0 ? (
          <Button size="compact-sm" variant="subtle" color="gray" w="fit-content" onClick={() => cast.mutate([])} loading={cast.isPending}>
            {t('polls.tie.clearCasting')}
          </Button>
        ) : null}
      </Stack>
    </Alert>
  );
}
