/**
 * The latest ballots stored (from every entry window), newest first, each with its entry number
 * to write on the paper, the voter's name when it was entered under one, and a button to take
 * it out again.
 */
import { ActionIcon, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconUser, IconX } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { PollBallot } from '../../../shared/contract';
import { useApi } from '../../api/ApiProvider';
import { useFormat } from '../../i18n/format';
import { notifyDone } from '../../ui/notify';
import { ballotNumbers } from './ballot-entry';
import { useNotifyApiError } from '../../ui/api-errors';
import type { Poll } from '../../api/queries/polls';
import type { Participant } from '../../api/queries/speakers';
import { useVoterName } from './voters';

const SHOWN = 6;

export function RecentBallots({ poll, ballots, roster }: { poll: Poll; ballots: PollBallot[]; roster: Participant[] }) {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const onError = useNotifyApiError();
  const voterName = useVoterName();
  const remove = useMutation({
    mutationFn: (id: string) => api.polls.removeBallot({ id }),
    onSuccess: (b) => notifyDone(t('polls.entry.ballotRemoved', { seq: b.seq }), { group: 'ballot' }),
    onError,
  });
  const recent = ballots.slice(-SHOWN).reverse();
  if (recent.length === 0) return null;
  return (
    <Paper withBorder radius="md" p="xs">
      <Text size="sm" c="dimmed" mb={4}>
        {t('polls.entry.recent')}
      </Text>
      <Stack gap={2} data-testid="recent-ballots">
        {recent.map((b) => {
          const numbers = ballotNumbers(b, poll.options);
          return (
            <Group key={b.id} gap="sm" wrap="nowrap" justify="space-between">
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Group gap="sm" wrap="nowrap">
                  <Text c="dimmed" w={48} ta="right" size="sm" style={{ flexShrink: 0 }}>
                    #{format.number(b.seq)}
                  </Text>
                  <Text fw={600} style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                    {numbers.length === 0 ? t('polls.entry.blankBallot') : numbers.join(' ')}
                  </Text>
                  {b.count > 1 ? <Text size="sm">× {format.number(b.count)}</Text> : null}
                </Group>
                {b.voterId ? (
                  // Under the ballot, beside the entry number's column: a name never squeezes the numbers.
                  <Group gap={4} wrap="nowrap" c="dimmed" pl={60} style={{ minWidth: 0 }}>
                    <IconUser size={14} aria-hidden style={{ flexShrink: 0 }} />
                    <Text size="sm" truncate data-testid="ballot-voter">
                      {voterName(roster.find((p) => p.id === b.voterId)) ?? t('polls.voter.unknown')}
                    </Text>
                  </Group>
                ) : null}
              </Stack>
              {poll.status === 'open' ? (
                <Tooltip label={t('polls.entry.removeBallot', { seq: b.seq })}>
                  <ActionIcon variant="subtle" color="gray" aria-label={t('polls.entry.removeBallot', { seq: b.seq })} onClick={() => remove.mutate(b.id)}>
                    <IconX size={16} />
                  </ActionIcon>
                </Tooltip>
              ) : null}
            </Group>
          );
        })}
      </Stack>
    </Paper>
  );
}
