/**
 * One stored note: time, speaker, kind and text, with its actions. Double-click or Ctrl+E
 * edits it in place; a draft resolution can become the item's resolution with one button.
 */
import { ActionIcon, Badge, Box, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconGavel, IconPencil, IconTrash, IconUsersGroup } from '@tabler/icons-react';
import { memo, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import type { AgendaItem } from '../../api/queries/agenda';
import type { Participant } from '../../api/queries/speakers';
import { KIND_COLORS } from './KindControl';
import { MoveMenu } from './MoveMenu';
import { type NoteEdit, NoteEditor } from './NoteEditor';
import type { Note } from '../../api/queries/notes';

export interface RowCommands {
  select: (id: string) => void;
  edit: (id: string | null) => void;
  save: (note: Note, edit: NoteEdit) => void;
  remove: (note: Note) => void;
  move: (note: Note, itemId: string | null, label: string) => void;
  toResolution: (note: Note) => void;
  openMove: (id: string | null) => void;
}

interface Props {
  note: Note;
  items: AgendaItem[];
  /** The item's number, shown when the list covers all items. */
  itemNumber: string | null;
  /** The small group the note was taken in, or null for the plenary. */
  groupName: string | null;
  roster: Participant[];
  selected: boolean;
  editing: boolean;
  saving: boolean;
  moveOpen: boolean;
  flash: boolean;
  /** This note is its item's resolution now. */
  adopted: boolean;
  commands: RowCommands;
  rowRef?: Ref<HTMLDivElement>;
}

export const noteRowId = (id: string) => `note-${id}`;

/** Memoised: a new note, or the note being typed, must not re-render every row above it. */
export const NoteRow = memo(function NoteRow({ note, items, itemNumber, groupName, roster, selected, editing, saving, moveOpen, flash, adopted, commands, rowRef }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const isResolution = note.kind === 'draft_resolution';
  return (
    <Box
      ref={rowRef}
      id={noteRowId(note.id)}
      role="listitem"
      tabIndex={selected ? 0 : -1}
      data-testid="note-row"
      data-note-id={note.id}
      data-flash={flash || undefined}
      aria-current={selected || undefined}
      onFocus={(e) => {
        if (e.target === e.currentTarget) commands.select(note.id);
      }}
      onDoubleClick={() => {
        if (!editing) commands.edit(note.id);
      }}
      px="sm"
      py={6}
      style={{
        borderRadius: 'var(--mantine-radius-md)',
        borderLeft: `4px solid var(--mantine-color-${KIND_COLORS[note.kind]}-${note.kind === 'statement' ? 3 : 6})`,
        background: flash ? 'var(--mantine-color-yellow-1)' : selected ? 'var(--mantine-color-wethi-0)' : undefined,
        outlineOffset: -2,
        transition: 'background 400ms',
      }}
    >
      <Stack gap={2}>
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
            <Text size="sm" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums', flexShrink: 0 }}>
              {format.time(note.createdAt)}
            </Text>
            {itemNumber !== null ? (
              <Badge size="sm" variant="outline" color="gray" style={{ flexShrink: 0 }}>
                {itemNumber ? t('notes.agenda.itemShort', { number: itemNumber }) : t('notes.agenda.noneShort')}
              </Badge>
            ) : null}
            {groupName !== null ? (
              <Badge size="sm" color="grape" variant="light" leftSection={<IconUsersGroup size={12} />} style={{ flexShrink: 0, textTransform: 'none' }} data-testid="note-group-badge">
                {groupName}
              </Badge>
            ) : null}
            <Text size="sm" fw={700} truncate data-testid="note-speaker-name">
              {note.speaker ? note.speaker.name : t('notes.speaker.unattributed')}
            </Text>
            {note.kind !== 'statement' ? (
              <Badge size="sm" color={KIND_COLORS[note.kind]} variant="light" style={{ flexShrink: 0 }}>
                {t(`notes.kind.${note.kind}`)}
              </Badge>
            ) : null}
            {adopted ? (
              <Badge size="sm" color="orange" variant="filled" leftSection={<IconGavel size={12} />} style={{ flexShrink: 0 }} data-testid="note-adopted">
                {t('notes.resolution.adopted')}
              </Badge>
            ) : null}
            {note.editedAt ? (
              <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
                {t('notes.edited')}
              </Text>
            ) : null}
          </Group>
          {editing ? null : (
            <Group gap={2} wrap="nowrap" style={{ flexShrink: 0 }}>
              {isResolution && !adopted ? (
                <Tooltip label={`${t('notes.actions.toResolution')} (R)`} openDelay={400}>
                  <ActionIcon variant="light" color="orange" aria-label={t('notes.actions.toResolution')} onClick={() => commands.toResolution(note)} data-testid="note-to-resolution">
                    <IconGavel size={18} />
                  </ActionIcon>
                </Tooltip>
              ) : null}
              <Tooltip label={`${t('common.edit')} (Ctrl+E)`} openDelay={400}>
                <ActionIcon variant="subtle" color="gray" aria-label={t('common.edit')} onClick={() => commands.edit(note.id)} data-testid="note-edit">
                  <IconPencil size={18} />
                </ActionIcon>
              </Tooltip>
              <MoveMenu
                items={items}
                currentItemId={note.agendaItemId}
                opened={moveOpen}
                onOpenChange={(o) => commands.openMove(o ? note.id : null)}
                onMove={(itemId, label) => commands.move(note, itemId, label)}
              />
              <Tooltip label={`${t('common.delete')} (Delete)`} openDelay={400}>
                <ActionIcon variant="subtle" color="gray" aria-label={t('common.delete')} onClick={() => commands.remove(note)} data-testid="note-delete">
                  <IconTrash size={18} />
                </ActionIcon>
              </Tooltip>
            </Group>
          )}
        </Group>
        {editing ? (
          <NoteEditor note={note} roster={roster} saving={saving} onSave={(edit) => commands.save(note, edit)} onCancel={() => commands.edit(null)} />
        ) : (
          <Text fz="lg" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="note-text">
            {note.text}
          </Text>
        )}
      </Stack>
    </Box>
  );
});
