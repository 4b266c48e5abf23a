/** Home: every forum, with create (Ctrl+N), archive toggle, trash, and a welcoming empty state. */
import { Button, Center, Group, Loader, Paper, Stack, Switch, Text, ThemeIcon, Title } from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import { IconPlus, IconTrash, IconUsersGroup } from '@tabler/icons-react';
import { type ComponentType, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../shared/contract';
import { navigate } from '../../ui/route';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Keys } from '../../ui/Keys';
import { ForumFormModal } from './ForumFormModal';
import { ForumTable } from './ForumTable';
import { useForums } from '../../api/queries/forums';
import { TrashModal } from './TrashModal';
import { useForumActions } from './useForumActions';

type Forum = Output<'forums.get'>;

/** `SessionImport` opens a .wethi file: the session feature's button, handed in by app/ControlApp. */
export function ForumListPage({ slots }: { slots: { SessionImport: ComponentType } }) {
  const { t } = useTranslation();
  const [showArchived, setShowArchived] = useState(false);
  const forums = useForums(showArchived);
  const actions = useForumActions();
  const [editing, setEditing] = useState<Forum | null>(null);
  const [formOpen, form] = useDisclosure(false);
  const [trashOpen, trash] = useDisclosure(false);
  const [deleting, setDeleting] = useState<Forum | null>(null);

  const create = () => {
    // A letter key must not swap an open dialog's contents for a blank form.
    if (formOpen || trashOpen || deleting) return;
    setEditing(null);
    form.open();
  };
  const edit = (forum: Forum) => {
    setEditing(forum);
    form.open();
  };
  useHotkeys([
    ['mod+N', create, { usePhysicalKeys: true }],
    ['N', create, { usePhysicalKeys: true }],
  ]);

  const list = forums.data ?? [];
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('forums.title')}</Title>
        <Group gap="md">
          <Switch label={t('forums.showArchived')} checked={showArchived} onChange={(e) => setShowArchived(e.currentTarget.checked)} />
          <slots.SessionImport />
          <Button variant="default" leftSection={<IconTrash size={18} />} onClick={trash.open}>
            {t('forums.trash')}
          </Button>
          <Button size="md" leftSection={<IconPlus size={20} />} rightSection={<Keys combo="Ctrl+N" />} onClick={create}>
            {t('forums.create')}
          </Button>
        </Group>
      </Group>

      {forums.isPending ? (
        <Center py="xl">
          <Loader />
        </Center>
      ) : list.length === 0 ? (
        <EmptyState onCreate={create} />
      ) : (
        <Paper withBorder radius="md" p="xs">
          <ForumTable forums={list} actions={actions} onEdit={edit} onDelete={setDeleting} />
        </Paper>
      )}

      <ForumFormModal
        opened={formOpen}
        forum={editing}
        onClose={form.close}
        onSaved={(forum, created) => {
          if (created) navigate({ name: 'forum', forumId: forum.id, tab: 'checkin' });
        }}
      />
      <TrashModal opened={trashOpen} onClose={trash.close} actions={actions} />
      <ConfirmDialog
        opened={deleting !== null}
        title={t('forums.deleteTitle')}
        confirmLabel={t('common.delete')}
        danger
        loading={actions.remove.isPending}
        onClose={() => setDeleting(null)}
        onConfirm={() => {
          if (deleting) actions.remove.mutate(deleting, { onSettled: () => setDeleting(null) });
        }}
      >
        {t('forums.deleteBody', { title: deleting?.title ?? '' })}
      </ConfirmDialog>
    </Stack>
  );
}

function EmptyState({ onCreate }: { onCreate: () => void }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="lg" p={48}>
      <Stack align="center" gap="md">
        <ThemeIcon size={88} radius={88} variant="light">
          <IconUsersGroup size={52} />
        </ThemeIcon>
        <Title order={2}>{t('forums.emptyTitle')}</Title>
        <Text c="dimmed" ta="center" maw={560}>
          {t('forums.emptyBody')}
        </Text>
        <Button size="lg" leftSection={<IconPlus />} rightSection={<Keys combo="Ctrl+N" />} onClick={onCreate}>
          {t('forums.createFirst')}
        </Button>
      </Stack>
    </Paper>
  );
}
