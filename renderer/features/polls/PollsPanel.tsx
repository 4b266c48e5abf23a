/**
 * The polls tab (การลงคะแนน): the forum's polls and its priority list on the left, the chosen
 * poll on the right. The newest open poll is shown by default: that is where the room is.
 */
import { Button, Grid, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../shared/contract';
import { PollCreateModal } from './PollCreateModal';
import { PollDetail } from './PollDetail';
import { PollList } from './PollList';
import { PollSelection } from './poll-selection';
import type { PollsSlots } from './slots';
import { usePolls } from '../../api/queries/polls';

export function PollsPanel({ forum, slots }: { forum: Output<'forums.get'>; slots: PollsSlots }) {
  const { t } = useTranslation();
  const polls = usePolls(forum.id);
  const [creating, create] = useDisclosure(false);
  const [chosen, setChosen] = useState<string | null>(null);
  const list = polls.data ?? [];
  const fallback = [...list].reverse().find((p) => p.status === 'open') ?? list[list.length - 1];
  const selected = list.find((p) => p.id === chosen) ?? fallback ?? null;

  return (
    <PollSelection.Provider value={setChosen}>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 3 }}>
          <Stack gap="md">
            <Button size="md" leftSection={<IconPlus size={20} />} onClick={create.open} data-testid="new-poll">
              {t('polls.new')}
            </Button>
            <PollList polls={list} selected={selected?.id ?? null} onSelect={setChosen} />
            <slots.PriorityList forumId={forum.id} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 9 }}>
          {selected ? (
            <PollDetail key={selected.id} poll={selected} onDeleted={() => setChosen(null)} AdoptResult={slots.AdoptResult} />
          ) : polls.data ? (
            <Group h={200} justify="center">
              <Text c="dimmed" fz="lg">
                {t('polls.startHint')}
              </Text>
            </Group>
          ) : null}
        </Grid.Col>
        <PollCreateModal forumId={forum.id} checkedIn={forum.checkedInCount} defaultTieRule={forum.defaultTieRule} opened={creating} onClose={create.close} onCreated={(p) => setChosen(p.id)} />
      </Grid>
    </PollSelection.Provider>
  );
}
