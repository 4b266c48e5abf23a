/**
 * The room tab: the forum opened to phones on the hall's network (issue 13). Opening and the
 * QR code, per-poll phone voting, codes to hand out, and what phones sent for moderation.
 */
import { Center, Grid, Loader, Stack } from '@mantine/core';
import type { Output } from '../../../shared/contract';
import { ModerationQueue } from './ModerationQueue';
import { RoomCodes } from './RoomCodes';
import { RoomOpenCard } from './RoomOpenCard';
import { RoomPolls } from './RoomPolls';
import { useRoomStatus } from '../../api/queries/room';

export function RoomPanel({ forum }: { forum: Output<'forums.get'> }) {
  const status = useRoomStatus(forum.id);
  if (!status.data) {
    return (
      <Center py="xl">
        <Loader />
      </Center>
    );
  }
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, lg: 5 }}>
        <Stack gap="lg">
          <RoomOpenCard forumId={forum.id} status={status.data} />
          <RoomCodes forumId={forum.id} />
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 7 }}>
        <Stack gap="lg">
          <RoomPolls forumId={forum.id} status={status.data} />
          <ModerationQueue forumId={forum.id} />
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
