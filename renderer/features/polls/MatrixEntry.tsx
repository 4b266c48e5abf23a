/**
 * The scoring matrix, sheet by sheet: pick the small group (or person), then Tab through its
 * grid. Whose sheet is open is said above the grid (and read out when it changes), so the next
 * group's scores are never typed into the last group's sheet: "finish sheet" (Ctrl+Enter)
 * closes it and goes back to the scorer field. A removed sheet can be put back with Undo.
 */
import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconCheck, IconTable, IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type KeyboardEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PollScorer, ScorerRef } from '../../../shared/contract';
import { useApi } from '../../api/ApiProvider';
import { Keys } from '../../ui/Keys';
import { notifyDone } from '../../ui/notify';
import { MatrixGrid } from './MatrixGrid';
import { useNotifyApiError } from '../../ui/api-errors';
import { type Poll, pollKeys, usePollInputs } from '../../api/queries/polls';
import { ScorerPicker, scorerKey } from './ScorerPicker';

type MatrixPoll = Extract<Poll, { method: 'score_matrix' }>;

const refOf = (s: PollScorer): ScorerRef | null =>
  s.groupId ? { kind: 'group', groupId: s.groupId } : s.personId ? { kind: 'person', personId: s.personId } : null;

export function MatrixEntry({ poll }: { poll: MatrixPoll }) {
  const { t } = useTranslation();
  const api = useApi();
  const client = useQueryClient();
  const onError = useNotifyApiError();
  const inputs = usePollInputs(poll);
  const [scorer, setScorer] = useState<ScorerRef | null>(null);
  const [scorerName, setScorerName] = useState<string | null>(null);
  const picker = useRef<HTMLInputElement>(null);
  const scorers = inputs.data?.scorers ?? [];
  const stored = scorer ? scorers.find((s) => (scorer.kind === 'group' ? s.groupId === scorer.groupId : s.personId === scorer.personId)) : undefined;
  const refresh = () => void client.invalidateQueries({ queryKey: pollKeys.inputs(poll.forumId, poll.id) });
  const restore = useMutation({
    mutationFn: ({ ref, sheet }: { ref: ScorerRef; sheet: PollScorer }) => api.polls.setScores({ pollId: poll.id, scorer: ref, scores: sheet.scores }),
    onSuccess: (_, { sheet }) => {
      refresh();
      notifyDone(t('polls.matrix.sheetRestored', { name: sheet.name ?? t('polls.matrix.unnamed') }), { group: 'sheet' });
    },
    onError,
  });
  const remove = useMutation({
    mutationFn: (sheet: PollScorer) => api.polls.removeScorer({ pollId: poll.id, scorerId: sheet.id }).then(() => sheet),
    onSuccess: (sheet) => {
      const ref = refOf(sheet);
      notifyDone(t('polls.matrix.sheetRemoved'), {
        group: 'sheet',
        ...(ref ? { undo: { label: t('common.undo'), onUndo: () => restore.mutate({ ref, sheet }) } } : {}),
      });
      setScorer(null);
      refresh();
    },
    onError,
  });

  const finish = () => {
    setScorer(null);
    picker.current?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') {
      e.preventDefault();
      finish();
    }
  };

  return (
    <Stack gap="sm">
      <ScorerPicker
        poll={poll}
        scorers={scorers}
        value={scorer}
        inputRef={picker}
        onChange={(ref, name) => {
          setScorer(ref);
          setScorerName(name);
        }}
      />
      <Paper radius="md" px="md" py={8} bg={scorer ? 'blue.7' : 'gray.1'} c={scorer ? 'white' : 'dark'} role="status" aria-live="polite" data-testid="scorer-mode">
        <Group gap="xs" wrap="nowrap">
          <IconTable size={22} aria-hidden style={{ flexShrink: 0 }} />
          <Text fw={700} fz="lg">
            {scorer ? t('polls.matrix.sheetOf', { name: scorerName ?? t('polls.matrix.unnamed') }) : t('polls.matrix.noSheet')}
          </Text>
        </Group>
      </Paper>
      {scorer && inputs.data ? (
        // Ctrl+Enter from any cell of the grid finishes the sheet.
        <Stack gap="sm" onKeyDown={onKeyDown}>
          <Text size="sm" c="dimmed">
            {t('polls.matrix.howTo', { min: poll.rules.scale.min, max: poll.rules.scale.max })}
          </Text>
          <MatrixGrid key={scorerKey(scorer)} poll={poll} scorer={scorer} stored={stored} />
          <Group gap="sm">
            <Button variant="light" leftSection={<IconCheck size={16} />} rightSection={<Keys combo="Ctrl+Enter" />} onClick={finish} data-testid="finish-sheet">
              {t('polls.matrix.finishSheet')}
            </Button>
            {stored && poll.status === 'open' ? (
              <Button variant="subtle" color="red" size="compact-md" leftSection={<IconTrash size={16} />} loading={remove.isPending} onClick={() => remove.mutate(stored)}>
                {t('polls.matrix.removeSheet')}
              </Button>
            ) : null}
          </Group>
        </Stack>
      ) : null}
    </Stack>
  );
}
