/** The ⋯ menu of a forum: edit, duplicate, archive or unarchive, delete. */
import { ActionIcon, Menu } from '@mantine/core';
import { IconArchive, IconArchiveOff, IconCopy, IconDots, IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../shared/contract';
import type { useForumActions } from './useForumActions';

type Forum = Output<'forums.get'>;

interface Props {
  forum: Forum;
  actions: ReturnType<typeof useForumActions>;
  onEdit: (forum: Forum) => void;
  onDelete: (forum: Forum) => void;
}

export function ForumActionsMenu({ forum, actions, onEdit, onDelete }: Props) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" size="lg" aria-label={t('forums.actionsFor', { title: forum.title })}>
          <IconDots />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconPencil size={18} />} onClick={() => onEdit(forum)}>
          {t('common.edit')}
        </Menu.Item>
        <Menu.Item leftSection={<IconCopy size={18} />} onClick={() => actions.duplicate.mutate(forum)}>
          {t('forums.duplicate')}
        </Menu.Item>
        <Menu.Item
          leftSection={forum.archived ? <IconArchiveOff size={18} /> : <IconArchive size={18} />}
          onClick={() => actions.setArchived.mutate({ forum, archived: !forum.archived })}
        >
          {forum.archived ? t('forums.unarchive') : t('forums.archive')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item color="red" leftSection={<IconTrash size={18} />} onClick={() => onDelete(forum)}>
          {t('common.delete')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
