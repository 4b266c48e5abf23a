/**
 * The room on the projector: a large black-on-white QR code with its quiet zone (a dark or
 * inverted code, or one with no white border, is what phones fail to scan), the plain address
 * and the short code beside it for those who type, and the live counts: phones joined, ballots
 * received per open vote. Results stay hidden (no bandwagon) until the facilitator reveals a
 * poll; then its outcome is shown below. Or, when the facilitator chooses, what was accepted
 * from phones (ProjectorAccepted).
 */
import { Box, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { ACCENT, FG, MUTED, size } from '../../ui/projector-style';
import type { ProjectorView } from '../../../shared/contract';
import { ProjectorAccepted } from './ProjectorAccepted';
import { QrCode } from './QrCode';
import { useRoomStatus } from '../../api/queries/room';
import type { ProjectorRoomSlots } from './slots';

type RoomView = Extract<ProjectorView, { mode: 'room' }>;

export function ProjectorRoom({ forumId, view, slots }: { forumId: string; view: RoomView; slots: ProjectorRoomSlots }) {
  return view.show === 'accepted' ? <ProjectorAccepted forumId={forumId} /> : <ProjectorJoin forumId={forumId} slots={slots} />;
}

function ProjectorJoin({ forumId, slots }: { forumId: string; slots: ProjectorRoomSlots }) {
  const { t } = useTranslation();
  const format = useFormat();
  const status = useRoomStatus(forumId);
  const data = status.data;
  if (!data) return null;
  const room = data.room;
  const revealed = data.polls.filter((p) => p.revealed);
  const open = data.polls.filter((p) => p.status === 'open');
  if (!room) {
    return (
      <Text fz={size.large} c={MUTED} data-testid="projector-room-closed">
        {t('room.projector.closed')}
      </Text>
    );
  }
  const shown = revealed[revealed.length - 1];
  return (
    <Stack w="100%" gap="3vh" data-testid="projector-room">
      <Group wrap="nowrap" gap="4vw" align="center" justify="center">
        {/* White all around the code: the quiet zone, kept even on the dark projector ground. */}
        <Box p="1.5vh" bg="#ffffff" style={{ borderRadius: 8, flexShrink: 0 }}>
          <QrCode text={room.url} size={shown ? 'min(24vh, 24vw)' : 'min(62vh, 40vw)'} label={t('room.qrLabel', { url: room.plainUrl })} />
        </Box>
        <Stack gap="1.5vh" style={{ minWidth: 0 }}>
          {shown ? null : (
            <Text fz={size.large} c={ACCENT} lh={1.3}>
              {t('room.projector.scan')}
            </Text>
          )}
          <Text fz={shown ? size.large : size.title} fw={700} c={FG} lh={1.2} data-testid="projector-room-url" style={{ overflowWrap: 'anywhere' }}>
            {room.plainUrl.replace(/^http:\/\//, '')}
          </Text>
          {shown ? null : (
            <Text fz={size.large} c={ACCENT} lh={1.3}>
              {t('room.projector.code')}
            </Text>
          )}
          <Text fz={shown ? size.large : size.title} fw={700} c={FG} lh={1.1} style={{ letterSpacing: '0.15em' }} data-testid="projector-room-code">
            {room.code}
          </Text>
          <Text fz={size.body} c={FG} data-testid="projector-room-phones">
            {t('room.projector.phones', { n: format.number(data.phones) })}
          </Text>
          {(shown ? [] : open).map((p) => (
            <Text key={p.pollId} fz={size.body} c={FG} data-testid="projector-room-ballots" data-poll={p.pollId} style={{ overflowWrap: 'anywhere' }}>
              {t('room.projector.ballots', { title: p.title, n: format.number(p.phoneBallots) })}
            </Text>
          ))}
        </Stack>
      </Group>
      {shown ? (
        <Box data-testid="projector-room-results">
          <slots.PollResults forumId={forumId} pollId={shown.pollId} />
        </Box>
      ) : open.length > 0 ? (
        <Text fz={size.body} c={MUTED} ta="center" data-testid="projector-room-hidden">
          {t('room.projector.hidden')}
        </Text>
      ) : null}
    </Stack>
  );
}
