/**
 * What the facilitator accepted from phones, on the projector: issues, ideas and questions,
 * newest first, in large type; a group's own work names the group, a participant's does not
 * (the hall sees the idea, not who sent it). A small QR code and the code stay in the corner so
 * latecomers can still join.
 */
import { Box, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRoomStatus, useSubmissions } from '../../api/queries/room';
import { ACCENT, FG, MUTED, PANEL, size } from '../../ui/projector-style';
import { QrCode } from './QrCode';

/** As many as a 1080p screen shows in large type; the rest are on the facilitator's list. */
const SHOWN = 6;

export function ProjectorAccepted({ forumId }: { forumId: string }) {
  const { t } = useTranslation();
  const status = useRoomStatus(forumId);
  const accepted = useSubmissions(forumId, 'accepted');
  const room = status.data?.room ?? null;
  const items = [...(accepted.data ?? [])].sort((a, b) => (b.decidedAt ?? '').localeCompare(a.decidedAt ?? '')).slice(0, SHOWN);
  return (
    <Stack w="100%" gap="2.5vh" style={{ alignSelf: 'flex-start' }} data-testid="projector-room-accepted">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Text component="h1" fz={size.title} fw={700} c={FG} m={0} lh={1.3}>
          {t('room.projector.accepted')}
        </Text>
        {room ? (
          <Group gap="1vw" wrap="nowrap" style={{ flexShrink: 0 }}>
            <Text fz={size.body} c={MUTED} ta="right" data-testid="projector-room-join-small">
              {t('room.projector.joinSmall', { address: room.plainUrl.replace(/^http:\/\//, ''), code: room.code })}
            </Text>
            <Box p="0.6vh" bg="#ffffff" style={{ borderRadius: 4 }}>
              <QrCode text={room.url} size="min(14vh, 10vw)" label={t('room.qrLabel', { url: room.plainUrl })} />
            </Box>
          </Group>
        ) : null}
      </Group>
      {items.length === 0 ? (
        <Text fz={size.large} c={MUTED}>
          {t('room.projector.acceptedEmpty')}
        </Text>
      ) : (
        items.map((s) => (
          <Box key={s.id} p="1.5vh 1.5vw" bg={PANEL} style={{ borderRadius: 8 }} data-testid="projector-room-accepted-item">
            <Text fz={size.body} c={ACCENT} lh={1.3}>
              {[t(`room.kinds.${s.kind}`), s.groupId ? s.author : null].filter(Boolean).join(' · ')}
            </Text>
            <Text fz={size.large} fw={700} c={FG} lh={1.35} style={{ overflowWrap: 'anywhere' }}>
              {s.text}
            </Text>
            {s.cause || s.need ? (
              <Text fz={size.body} c={MUTED} lh={1.35} style={{ overflowWrap: 'anywhere' }}>
                {[s.cause ? t('room.queue.cause', { text: s.cause }) : null, s.need ? t('room.queue.need', { text: s.need }) : null].filter(Boolean).join(' · ')}
              </Text>
            ) : null}
          </Box>
        ))
      )}
    </Stack>
  );
}
