/**
 * The latest ballots, newest first: the ones just typed at once ("saving", then their entry
 * number to write on the paper), the ones stored from every entry window, each with the voter
 * it was entered under. ✕ takes any of them out; "take back" (Ctrl+Z) the last one typed here.
 * Both say so with an Undo, as every removal in the app does.
 */
import { ActionIcon, Button, Group, Loader, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconArrowBackUp, IconUser, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PollBallot } from '../../../shared/contract';
import { useFormat } from '../../i18n/format';
import { Keys } from '../../ui/Keys';
import type { ListedBallot } from './ballot-lines';

interface Props {
  rows: ListedBallot[];
  open: boolean;
  voterName: (id: string | null) => string | null;
  onRemove: (ballot: PollBallot) => void;
  /** Null when this window has nothing to take back. */
  onTakeBack: (() => void) | null;
}

export function RecentBallots({ rows, open, voterName, onRemove, onTakeBack }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  if (rows.length === 0) return null;
  return (
    <Paper withBorder radius="md" p="xs">
      <Group justify="space-between" mb={4} gap={4}>
        <Text size="sm" c="dimmed">
          {t('polls.entry.recent')}
        </Text>
        {open && onTakeBack ? (
          <Button size="compact-sm" variant="subtle" color="gray" leftSection={<IconArrowBackUp size={16} />} rightSection={<Keys combo="Ctrl+Z" />} onClick={onTakeBack} data-testid="take-back-last">
            {t('polls.entry.takeBack')}
          </Button>
        ) : null}
      </Group>
      <Stack gap={2} data-testid="recent-ballots">
        {rows.map((row) => {
          const name = row.voterId ? (voterName(row.voterId) ?? t('polls.voter.unknown')) : null;
          const going = row.state === 'takingBack';
          return (
            <Group key={row.key} gap="sm" wrap="nowrap" justify="space-between" opacity={going ? 0.5 : 1} data-testid="recent-ballot" data-state={row.state}>
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Group gap="sm" wrap="nowrap">
                  <Text c="dimmed" w={48} ta="right" size="sm" style={{ flexShrink: 0 }} data-testid="ballot-seq">
                    {row.seq === null ? <Loader size={12} aria-label={t('polls.entry.savingOne')} /> : `#${format.number(row.seq)}`}
                  </Text>
                  <Text fw={600} td={going ? 'line-through' : undefined} style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }} data-testid="ballot-numbers">
                    {row.numbers.length === 0 ? t('polls.entry.blankBallot') : row.numbers.join(' ')}
                  </Text>
                  {row.count > 1 ? <Text size="sm">× {format.number(row.count)}</Text> : null}
                </Group>
                {name ? (
                  // Under the ballot, beside the entry number's column: a name never squeezes the numbers.
                  <Group gap={4} wrap="nowrap" c="dimmed" pl={60} style={{ minWidth: 0 }}>
                    <IconUser size={14} aria-hidden style={{ flexShrink: 0 }} />
                    <Text size="sm" truncate data-testid="ballot-voter">
                      {name}
                    </Text>
                  </Group>
                ) : null}
              </Stack>
              {open && row.ballot && row.state === 'stored' ? (
                <Tooltip label={t('polls.entry.removeBallot', { seq: row.ballot.seq })}>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={t('polls.entry.removeBallot', { seq: row.ballot.seq })}
                    onClick={() => row.ballot && onRemove(row.ballot)}
                  >
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
