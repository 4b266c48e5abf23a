/**
 * Codes to hand out: printed one-time voting codes (A4 slips to cut), participants' personal
 * codes (with badge numbers), small groups' codes for their scribes; and freeing a participant
 * or a code held by a lost phone.
 */
import { Button, Card, Group, NumberInput, SegmentedControl, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiProvider';
import { useFormat } from '../../i18n/format';
import { base64ToBlob, downloadBlob } from '../../ui/download';
import { notifyDone, useNotifyError } from '../../ui/notify';
import { roomKeys, useVotingCodes } from '../../api/queries/room';

export function RoomCodes({ forumId }: { forumId: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const client = useQueryClient();
  const onError = useNotifyError();
  const format = useFormat();
  const voting = useVotingCodes(forumId);
  const groups = useQuery({ queryKey: roomKeys.groupCodes(forumId), queryFn: () => api.room.groupCodes({ forumId }) });
  const [count, setCount] = useState<number>(50);
  const [release, setRelease] = useState<{ kind: 'badge' | 'code'; number: string }>({ kind: 'badge', number: '' });

  const add = useMutation({
    mutationFn: () => api.room.addVotingCodes({ forumId, count }),
    onSuccess: (made) => {
      void client.invalidateQueries({ queryKey: roomKeys.votingCodes(forumId) });
      notifyDone(t('room.codes.added', { n: format.number(made.length) }));
    },
    onError,
  });
  const print = useMutation({
    mutationFn: (kind: 'voting' | 'personal' | 'group') => api.room.slips({ forumId, kind }),
    onSuccess: (file) => downloadBlob(base64ToBlob(file.base64, file.mimeType), file.fileName),
    onError,
  });
  const free = useMutation({
    mutationFn: () => {
      const n = Number(release.number);
      return api.room.releaseIdentity(release.kind === 'badge' ? { forumId, badgeNumber: n } : { forumId, codeNumber: n });
    },
    onSuccess: () => {
      notifyDone(t('room.release.done'));
      setRelease((r) => ({ ...r, number: '' }));
    },
    onError,
  });

  const codes = voting.data ?? [];
  const claimed = codes.filter((c) => c.claimed).length;
  return (
    <Card withBorder padding="lg">
      <Stack gap="sm">
        <Title order={3}>{t('room.codes.title')}</Title>
        <Text c="dimmed">{t('room.codes.votingCount', { n: format.number(codes.length), claimed: format.number(claimed) })}</Text>
        <Group align="flex-end">
          <NumberInput label={t('room.codes.howMany')} value={count} onChange={(v) => setCount(typeof v === 'number' ? v : 1)} min={1} max={1000} w={140} />
          <Button variant="light" onClick={() => add.mutate()} loading={add.isPending}>
            {t('room.codes.add')}
          </Button>
          <Button leftSection={<IconPrinter size={18} />} onClick={() => print.mutate('voting')} loading={print.isPending && print.variables === 'voting'} disabled={codes.length === 0} data-testid="room-print-voting">
            {t('room.codes.printVoting')}
          </Button>
        </Group>
        <Group>
          <Button variant="default" leftSection={<IconPrinter size={18} />} onClick={() => print.mutate('personal')} loading={print.isPending && print.variables === 'personal'}>
            {t('room.codes.printPersonal')}
          </Button>
          <Button variant="default" leftSection={<IconPrinter size={18} />} onClick={() => print.mutate('group')} loading={print.isPending && print.variables === 'group'} disabled={(groups.data ?? []).length === 0}>
            {t('room.codes.printGroups')}
          </Button>
        </Group>
        {(groups.data ?? []).length > 0 ? (
          <Table data-testid="room-group-codes">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('room.codes.group')}</Table.Th>
                <Table.Th>{t('room.codes.code')}</Table.Th>
                <Table.Th>{t('room.codes.scribes')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(groups.data ?? []).map((g) => (
                <Table.Tr key={g.groupId}>
                  <Table.Td>{g.name}</Table.Td>
                  <Table.Td ff="monospace" fz="lg">
                    {g.code}
                  </Table.Td>
                  <Table.Td>{format.number(g.scribes)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : null}
        <Text fw={600}>{t('room.release.title')}</Text>
        <Group align="flex-end">
          <SegmentedControl
            value={release.kind}
            onChange={(v) => setRelease({ kind: v as 'badge' | 'code', number: release.number })}
            data={[
              { value: 'badge', label: t('room.release.badge') },
              { value: 'code', label: t('room.release.code') },
            ]}
          />
          <TextInput aria-label={t('room.release.number')} placeholder={t('room.release.number')} value={release.number} onChange={(e) => setRelease({ ...release, number: e.currentTarget.value.replace(/\D/g, '') })} w={120} />
          <Button variant="default" disabled={release.number === ''} onClick={() => free.mutate()}>
            {t('room.release.button')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
