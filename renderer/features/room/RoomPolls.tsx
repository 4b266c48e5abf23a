/**
 * Per poll, who votes from a phone ("devices, not people" by default; checked-in participants;
 * printed codes; not from phones), secret or not, changes allowed, the ballots received, and
 * whether the results are shown on the room's projector screen (hidden until revealed).
 */
import { Badge, Button, Card, Select, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { IconLock, IconPlayerPlay } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { type Output, ROOM_VOTERS, type RoomVoters } from '../../../shared/contract';
import { useApi } from '../../api/ApiProvider';
import { useFormat } from '../../i18n/format';
import { useNotifyError } from '../../ui/notify';
import { type Poll, usePolls } from '../../api/queries/polls';
import { type RoomStatus, roomKeys, usePollRoomSettings } from '../../api/queries/room';

export function RoomPolls({ forumId, status }: { forumId: string; status: RoomStatus }) {
  const { t } = useTranslation();
  const polls = usePolls(forumId);
  const list = (polls.data ?? []).filter((p) => p.method !== 'show_of_hands');
  return (
    <Card withBorder padding="lg">
      <Title order={3} mb="xs">
        {t('room.polls.title')}
      </Title>
      {list.length === 0 ? (
        <Text c="dimmed">{t('room.polls.none')}</Text>
      ) : (
        <Table verticalSpacing="xs" data-testid="room-polls">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('room.polls.poll')}</Table.Th>
              <Table.Th w={200}>{t('room.polls.voters')}</Table.Th>
              <Table.Th w={90}>{t('room.polls.secret')}</Table.Th>
              <Table.Th w={90}>{t('room.polls.change')}</Table.Th>
              <Table.Th w={90}>{t('room.polls.ballots')}</Table.Th>
              <Table.Th w={110}>{t('room.polls.reveal')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.map((p) => (
              <PollRow key={p.id} poll={p} count={status.polls.find((c) => c.pollId === p.id)?.phoneBallots ?? 0} />
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}

function PollRow({ poll, count }: { poll: Poll; count: number }) {
  const { t } = useTranslation();
  const api = useApi();
  const client = useQueryClient();
  const onError = useNotifyError();
  const format = useFormat();
  const settings = usePollRoomSettings(poll.forumId, poll.id);
  const save = (next: Output<'room.pollSettings'>) => {
    client.setQueryData(roomKeys.pollSettings(poll.forumId, poll.id), next);
    void client.invalidateQueries({ queryKey: roomKeys.status(poll.forumId) });
  };
  const set = useMutation({ mutationFn: (patch: { voters?: RoomVoters; secret?: boolean; allowChange?: boolean }) => api.room.setPollSettings({ pollId: poll.id, ...patch }), onSuccess: save, onError });
  // Opening and closing the vote here too: the facilitator running a phone vote stays in this tab.
  const step = useMutation({ mutationFn: (to: 'open' | 'close') => (to === 'open' ? api.polls.open({ id: poll.id }) : api.polls.close({ id: poll.id })), onError });
  const reveal = useMutation({ mutationFn: (revealed: boolean) => api.room.reveal({ pollId: poll.id, revealed }), onSuccess: save, onError });
  const s = settings.data;
  if (!s) return null;
  // Who votes and secrecy are fixed once phones have voted (the core says so too).
  const fixed = count > 0;
  return (
    <Table.Tr data-poll-row={poll.id}>
      <Table.Td>
        <Stack gap={0}>
          <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
            {poll.title}
          </Text>
          <Text size="sm" c="dimmed">
            {t(`room.polls.status.${poll.status}`)}
          </Text>
          {poll.status === 'closed' ? null : (
            <Button
              size="compact-sm"
              mt={4}
              w="fit-content"
              variant={poll.status === 'open' ? 'light' : 'filled'}
              leftSection={poll.status === 'open' ? <IconLock size={16} /> : <IconPlayerPlay size={16} />}
              loading={step.isPending}
              onClick={() => step.mutate(poll.status === 'open' ? 'close' : 'open')}
              data-testid="room-poll-step"
            >
              {t(poll.status === 'open' ? 'room.polls.closeVote' : 'room.polls.openVote')}
            </Button>
          )}
        </Stack>
      </Table.Td>
      <Table.Td>
        <Select
          aria-label={t('room.polls.voters')}
          data={ROOM_VOTERS.map((v) => ({ value: v, label: t(`room.voters.${v}`) }))}
          value={s.voters}
          allowDeselect={false}
          disabled={fixed}
          onChange={(v) => v && set.mutate({ voters: v as RoomVoters })}
          data-testid="room-poll-voters"
        />
        {/* Said plainly under the choice: what one vote stands for. */}
        <Text size="xs" c="dimmed" mt={2} data-testid="room-poll-voters-note">
          {t(`room.votersNote.${s.voters}`)}
        </Text>
      </Table.Td>
      <Table.Td>
        <Switch aria-label={t('room.polls.secret')} checked={s.secret} disabled={fixed} onChange={(e) => set.mutate({ secret: e.currentTarget.checked })} />
      </Table.Td>
      <Table.Td>
        <Switch aria-label={t('room.polls.change')} checked={s.allowChange && !s.secret} disabled={s.secret} onChange={(e) => set.mutate({ allowChange: e.currentTarget.checked })} />
      </Table.Td>
      <Table.Td>
        <Badge size="lg" variant="light" data-testid="room-poll-count">
          {format.number(count)}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Switch
          aria-label={t('room.polls.reveal')}
          label={s.revealed ? t('room.polls.shown') : t('room.polls.hidden')}
          checked={s.revealed}
          disabled={poll.status === 'draft'}
          onChange={(e) => reveal.mutate(e.currentTarget.checked)}
          data-testid="room-poll-reveal"
        />
      </Table.Td>
    </Table.Tr>
  );
}
