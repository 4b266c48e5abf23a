/** The rolling backups: see them, take one now, restore one (the current file is backed up first). */
import { Alert, Button, Group, Modal, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { IconDatabaseExport, IconRestore } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Backup } from '../../../shared/contract';
import { useApi } from '../../api/ApiProvider';
import { keys } from '../../api/query-keys';
import { useFormat } from '../../i18n/format';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { notifyDone, useNotifyError } from '../../ui/notify';
import { useQueryClient } from '@tanstack/react-query';

const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

export function BackupsModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const client = useQueryClient();
  const format = useFormat();
  const onError = useNotifyError();
  const [restoring, setRestoring] = useState<Backup | null>(null);
  const backups = useQuery({ queryKey: keys.backups(), queryFn: () => api.backups.list({}), enabled: opened });
  // Backups are files beside the database, not records: no change event announces them.
  const refresh = () => client.invalidateQueries({ queryKey: keys.backups() });

  const create = useMutation({
    mutationFn: () => api.backups.create({}),
    onSuccess: (b) => {
      notifyDone(t('backups.created', { at: format.dateTime(b.createdAt) }));
      void refresh();
    },
    onError,
  });
  const restore = useMutation({
    mutationFn: (b: Backup) => api.backups.restore({ name: b.name }).then(() => b),
    onSuccess: (b) => {
      notifyDone(t('backups.restored', { at: format.dateTime(b.createdAt) }));
      setRestoring(null);
      void refresh();
    },
    onError,
  });

  const list = [...(backups.data ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <>
      <Modal opened={opened && !restoring} onClose={onClose} title={<Text fw={700} size="xl">{t('backups.title')}</Text>} size="xl">
        <Stack gap="md">
          <Text>{t('backups.explain')}</Text>
          <Group>
            <Button leftSection={<IconDatabaseExport size={18} />} loading={create.isPending} onClick={() => create.mutate()}>
              {t('backups.now')}
            </Button>
          </Group>
          {list.length === 0 && !backups.isPending ? <Text c="dimmed">{t('backups.none')}</Text> : null}
          <ScrollArea.Autosize mah={420}>
            <Table striped="even" verticalSpacing="xs" aria-label={t('backups.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('backups.when')}</Table.Th>
                  <Table.Th>{t('backups.reason')}</Table.Th>
                  <Table.Th ta="right">{t('backups.size')}</Table.Th>
                  <Table.Th w={140} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((b) => (
                  <Table.Tr key={b.name} data-backup={b.name}>
                    <Table.Td>{format.dateTime(b.createdAt)}</Table.Td>
                    <Table.Td>{t(`backups.reasons.${b.reason}`)}</Table.Td>
                    <Table.Td ta="right">{size(b.sizeBytes)}</Table.Td>
                    <Table.Td ta="right">
                      <Button size="compact-sm" variant="light" leftSection={<IconRestore size={16} />} onClick={() => setRestoring(b)}>
                        {t('backups.restore')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
        </Stack>
      </Modal>
      <ConfirmDialog
        opened={restoring !== null}
        title={t('backups.restoreTitle')}
        confirmLabel={t('backups.restore')}
        danger
        loading={restore.isPending}
        onConfirm={() => restoring && restore.mutate(restoring)}
        onClose={() => setRestoring(null)}
      >
        <Stack gap="sm">
          <Text>{t('backups.restoreBody', { at: restoring ? format.dateTime(restoring.createdAt) : '' })}</Text>
          <Alert color="blue" p="xs">
            {t('backups.restoreSafety')}
          </Alert>
        </Stack>
      </ConfirmDialog>
    </>
  );
}
