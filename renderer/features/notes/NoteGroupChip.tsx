/**
 * Whom the notes are for: the whole meeting (ทั้งที่ประชุม) or one small group, as a chip beside
 * the speaker. Alt+G in the box steps through them (see NoteComposer); a click opens the list.
 */
import { Button, Menu } from '@mantine/core';
import { IconUsersGroup } from '@tabler/icons-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  groups: readonly { id: string; name: string }[];
  groupId: string | null;
  onChoose: (groupId: string | null) => void;
}

export const NoteGroupChip = memo(function NoteGroupChip({ groups, groupId, onChoose }: Props) {
  const { t } = useTranslation();
  const current = groups.find((g) => g.id === groupId);
  const options = [{ id: null, name: t('notes.group.plenary') }, ...groups];
  return (
    <Menu position="top-start" withinPortal returnFocus={false}>
      <Menu.Target>
        <Button
          size="sm"
          variant={current ? 'filled' : 'default'}
          color={current ? 'grape' : undefined}
          leftSection={<IconUsersGroup size={16} />}
          title={`${t('notes.group.choose')} (Alt+G)`}
          data-testid="note-group"
          data-group-id={groupId ?? ''}
          styles={{ root: { maxWidth: '100%' }, label: { overflow: 'hidden', textOverflow: 'ellipsis' } }}
        >
          {current ? current.name : t('notes.group.plenary')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('notes.group.choose')}</Menu.Label>
        {options.map((g) => (
          <Menu.Item key={g.id ?? 'plenary'} onClick={() => onChoose(g.id)} fw={g.id === groupId ? 700 : undefined}>
            {g.name}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
});
