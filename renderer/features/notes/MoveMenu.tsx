/** Moving a note to another agenda item: a menu of the items (↑/↓ and Enter, or M on the note). */
import { ActionIcon, Menu, Text, Tooltip } from '@mantine/core';
import { IconArrowsRightLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../api/queries/agenda';

interface Props {
  items: AgendaItem[];
  currentItemId: string | null;
  opened: boolean;
  onOpenChange: (opened: boolean) => void;
  onMove: (itemId: string | null, label: string) => void;
}

export function MoveMenu({ items, currentItemId, opened, onOpenChange, onMove }: Props) {
  const { t } = useTranslation();
  const label = t('notes.actions.move');
  return (
    <Menu opened={opened} onChange={onOpenChange} position="bottom-end" withinPortal shadow="md" width={360} returnFocus={false}>
      <Menu.Target>
        <Tooltip label={`${label} (M)`} openDelay={400}>
          <ActionIcon variant="subtle" color="gray" aria-label={label} data-testid="note-move">
            <IconArrowsRightLeft size={18} />
          </ActionIcon>
        </Tooltip>
      </Menu.Target>
      <Menu.Dropdown data-testid="note-move-menu" mah={360} style={{ overflowY: 'auto' }}>
        <Menu.Label>{t('notes.move.title')}</Menu.Label>
        {items.map((item) => (
          <Menu.Item key={item.id} disabled={item.id === currentItemId} onClick={() => onMove(item.id, `${item.number} ${item.title}`)} leftSection={<Text fw={700}>{item.number}</Text>} pl={item.parentId ? 'xl' : undefined}>
            <Text truncate>{item.title}</Text>
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item disabled={currentItemId === null} onClick={() => onMove(null, t('notes.agenda.none'))}>
          {t('notes.agenda.none')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
