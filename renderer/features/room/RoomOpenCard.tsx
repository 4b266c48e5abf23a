/**
 * Opening the room: pick the laptop's address (the likely LAN or hotspot one is chosen; the
 * facilitator can change it), a port, open. Once open: the QR code, the plain address and the
 * code, how many phones have joined, and the button that puts the QR on the projector.
 */
import { Alert, Button, Card, Group, NumberInput, Select, Stack, Text, Title } from '@mantine/core';
import { IconDoorEnter, IconDoorExit, IconPresentation, IconPrinter } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiProvider';
import { useFormat } from '../../i18n/format';
import { base64ToBlob, downloadBlob } from '../../ui/download';
import { useNotifyError } from '../../ui/notify';
import { QrCode } from './QrCode';
import { type RoomStatus, roomKeys, useAddresses } from '../../api/queries/room';

export function RoomOpenCard({ forumId, status }: { forumId: string; status: RoomStatus }) {
  const { t } = useTranslation();
  const api = useApi();
  const client = useQueryClient();
  const onError = useNotifyError();
  const format = useFormat();
  const room = status.room;
  const addresses = useAddresses(room === null);
  const [host, setHost] = useState<string | null>(null);
  const [port, setPort] = useState<number>(8765);
  useEffect(() => {
    if (host === null && addresses.data) setHost(addresses.data.suggested);
  }, [addresses.data, host]);

  const done = (next: RoomStatus) => client.setQueryData(roomKeys.status(forumId), next);
  const open = useMutation({ mutationFn: () => api.room.open({ forumId, host: host ?? '127.0.0.1', port }), onSuccess: done, onError });
  const close = useMutation({ mutationFn: () => api.room.close({ forumId }), onSuccess: done, onError });
  const project = useMutation({ mutationFn: () => api.projector.set({ forumId, view: { mode: 'room' } }), onError });
  // In the screen's language; with the room open it carries the QR code, address and code, to put up at the door.
  const guide = useMutation({
    mutationFn: () => api.room.venueGuide({ forumId, language: format.lang }),
    onSuccess: (file) => downloadBlob(base64ToBlob(file.base64, file.mimeType), file.fileName),
    onError,
  });
  const guideButton = (
    <Button variant="default" leftSection={<IconPrinter size={18} />} onClick={() => guide.mutate()} loading={guide.isPending} data-testid="room-venue-guide">
      {t('room.open.printGuide')}
    </Button>
  );

  if (!room) {
    const options = (addresses.data?.addresses ?? []).map((a) => ({ value: a.address, label: `${a.address} · ${a.name}${a.likely ? ` (${t('room.open.likely')})` : ''}` }));
    return (
      <Card withBorder padding="lg" data-testid="room-closed">
        <Stack gap="sm">
          <Title order={3}>{t('room.open.title')}</Title>
          <Text c="dimmed">{t('room.open.help')}</Text>
          <Group align="flex-end" wrap="nowrap">
            <Select label={t('room.open.address')} data={options} value={host} onChange={setHost} allowDeselect={false} w={340} data-testid="room-address" />
            <NumberInput label={t('room.open.port')} value={port} onChange={(v) => setPort(typeof v === 'number' ? v : 8765)} min={1024} max={65535} w={110} />
          </Group>
          <Alert color="gray" variant="light" title={t('room.open.venueTitle')}>
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t('room.open.venue')}</Text>
              {guideButton}
            </Stack>
          </Alert>
          <Button size="md" leftSection={<IconDoorEnter size={20} />} onClick={() => open.mutate()} loading={open.isPending} disabled={!host} data-testid="room-open">
            {t('room.open.button')}
          </Button>
        </Stack>
      </Card>
    );
  }

  return (
    <Card withBorder padding="lg" data-testid="room-open-card">
      <Group align="flex-start" wrap="nowrap" gap="lg">
        <QrCode text={room.url} size={180} label={t('room.qrLabel', { url: room.plainUrl })} />
        <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
          <Title order={3}>{t('room.isOpen')}</Title>
          <Text fz="lg" data-testid="room-url" style={{ overflowWrap: 'anywhere' }}>
            {room.plainUrl}
          </Text>
          <Text fz={32} fw={700} lh={1.2} data-testid="room-code" style={{ letterSpacing: 4 }}>
            {room.code}
          </Text>
          <Text c="dimmed" data-testid="room-phones">
            {t('room.counts', { phones: format.number(status.phones), identified: format.number(status.identified), groups: format.number(status.groups) })}
          </Text>
        </Stack>
      </Group>
      <Group mt="md" gap="sm">
        <Button leftSection={<IconPresentation size={18} />} onClick={() => project.mutate()} data-testid="room-project">
          {t('room.showOnProjector')}
        </Button>
        <Button color="red" variant="light" leftSection={<IconDoorExit size={18} />} onClick={() => close.mutate()} loading={close.isPending} data-testid="room-close">
          {t('room.close')}
        </Button>
        {guideButton}
      </Group>
    </Card>
  );
}
