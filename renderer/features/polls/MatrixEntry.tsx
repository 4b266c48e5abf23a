/** The scoring matrix, sheet by sheet: pick the small group (or person), then Tab through its grid. */
import { Button, Group, Stack, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScorerRef } from '../../../shared/contract';
import { useApi } from '../../api/ApiProvider';
import { notifyDone } from '../../ui/notify';
import { MatrixGrid } from './MatrixGrid';
import { useNotifyApiError } from '../../ui/api-errors';
import { type Poll, usePollInputs } from '../../api/queries/polls';
import { ScorerPicker, scorerKey } from './ScorerPicker';

type MatrixPoll = Extract<Poll, { method: 'score_matrix' }>;

export function MatrixEntry({ poll }: { poll: MatrixPoll }) {
  const { t } = useTranslation();
  const api = useApi();
  const onError = useNotifyApiError();
  const inputs = usePollInputs(poll);
  const [scorer, setScorer] = useState<ScorerRef | null>(null);
  const scorers = inputs.data?.scorers ?? [];
  const stored = scorer ? scorers.find((s) => (scorer.kind === 'group' ? s.groupId === scorer.groupId : s.personId === scorer.personId)) : undefined;
  const remove = useMutation({
    mutationFn: (scorerId: string) => api.polls.removeScorer({ pollId: poll.id, scorerId }),
    onSuccess: () => {
      notifyDone(t('polls.matrix.sheetRemoved'));
      setScorer(null);
    },
    onError,
  });

  return (
    <Stack gap="sm">
      <ScorerPicker poll={poll} scorers={scorers} value={scorer} onChange={setScorer} />
      {scorer && inputs.data ? (
        <>
          <Text size="sm" c="dimmed">
            {t('polls.matrix.howTo', { min: poll.rules.scale.min, max: poll.rules.scale.max })}
          </Text>
          <MatrixGrid key={scorerKey(scorer)} poll={poll} scorer={scorer} stored={stored} />
          {stored && poll.status === 'open' ? (
            <Group>
              <Button variant="subtle" color="red" size="compact-md" leftSection={<IconTrash size={16} />} loading={remove.isPending} onClick={() => remove.mutate(stored.id)}>
                {t('polls.matrix.removeSheet')}
              </Button>
            </Group>
          ) : null}
        </>
      ) : null}
    </Stack>
  );
}
