/** Deleted forums stay in the trash and can be brought back. */
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { useTrash } from '../../api/queries/forums';
import type { useForumActions } from './useForumActions';

export function TrashModal({ opened, onClose, actions }: { opened: boolean; onClose: () => void; actions: ReturnType<typeof useForumActions> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const trash = useTrash(opened);
  const forums = trash.data ?? [];
  return (
    <Modal opened={opened} onClose={onClose} title={<Text fw={700} size="lg">{t('forums.trash')}</Text>} size="lg">
      <Stack>
        {forums.length === 0 ? <Text c="dimmed">{t('forums.trashEmpty')}</Text> : null}
        {forums.map((forum) => (
          <Group key={forum.id} justify="space-between" wrap="nowrap">
            <Stack gap={0}>
              <Text fw={500}>{forum.title}</Text>
              <Text size="sm" c="dimmed">
                {format.date(forum.date)}
              </Text>
            </Stack>
            <Button variant="light" leftSection={<IconRestore size={18} />} loading={actions.restore.isPending} onClick={() => actions.restore.mutate(forum)}>
              {t('forums.restore')}
            </Button>
          </Group>
        ))}
      </Stack>
    </Modal>
  );
}
