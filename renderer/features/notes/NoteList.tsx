/**
 * The notes of the chosen agenda item (or of all), oldest at the top and the newest at the
 * bottom, right above the box they came from. Keys on a selected note: ↑/↓ move, Enter or
 * Ctrl+E edit, Delete deletes (Ctrl+Z brings it back), M moves it to another item, R makes a
 * draft resolution the item's resolution, Esc goes back to the box.
 */
import { Box, Stack, Text } from '@mantine/core';
import { type KeyboardEvent, type RefObject, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../api/queries/agenda';
import type { Participant } from '../../api/queries/speakers';
import { NoteRow, noteRowId, type RowCommands } from './NoteRow';
import { type PendingNote, PendingRow } from './PendingRow';
import type { Note } from '../../api/queries/notes';
import { scrollIntoList } from './scroll-into-list';

export interface ListCommands extends RowCommands {
  leave: () => void;
  undo: () => void;
}

interface Props {
  notes: Note[];
  pending: PendingNote[];
  items: AgendaItem[];
  showItemNumbers: boolean;
  /** Names of the forum's small groups: a group's note shows its group. */
  groupNames: ReadonlyMap<string, string>;
  roster: Participant[];
  selectedId: string | null;
  editingId: string | null;
  moveOpenId: string | null;
  flashId: string | null;
  /** Notes that became their item's resolution. */
  adoptedIds: ReadonlySet<string>;
  savingEdit: boolean;
  emptyText: string;
  commands: ListCommands;
  scrollRef: RefObject<HTMLDivElement | null>;
}

export const focusNote = (id: string, where: 'nearest' | 'center' = 'nearest') => {
  const row = document.getElementById(noteRowId(id));
  row?.focus({ preventScroll: true });
  scrollIntoList(row, where);
};

export function NoteList(props: Props) {
  const { notes, pending, items, showItemNumbers, groupNames, roster, selectedId, editingId, moveOpenId, flashId, adoptedIds, savingEdit, emptyText, commands, scrollRef } = props;
  const { t } = useTranslation();
  const numbers = new Map(items.map((i) => [i.id, i.number]));
  const lastKey = `${notes.at(-1)?.id ?? ''}:${pending.length}`;
  const seenLast = useRef('');

  // A new note (stored here or by another note-taker) scrolls into view at the bottom.
  useEffect(() => {
    if (lastKey === seenLast.current) return;
    seenLast.current = lastKey;
    const box = scrollRef.current;
    if (box) box.scrollTop = box.scrollHeight;
  }, [lastKey, scrollRef]);

  const select = (id: string | undefined) => {
    if (!id) return;
    commands.select(id);
    focusNote(id);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    // Only keys pressed on a note itself: not those bubbling up from its editor or its menu.
    const target = e.target as HTMLElement;
    if (!target.dataset.noteId) return;
    const index = notes.findIndex((n) => n.id === target.dataset.noteId);
    const note = notes[index];
    if (!note) return;
    const mod = e.ctrlKey || e.metaKey;
    const handled = () => {
      e.preventDefault();
      e.stopPropagation();
    };
    if (e.key === 'ArrowUp' && !mod) {
      handled();
      select(notes[Math.max(0, index - 1)]?.id);
    } else if (e.key === 'ArrowDown' && !mod) {
      handled();
      if (index === notes.length - 1) commands.leave();
      else select(notes[index + 1]?.id);
    } else if (e.key === 'Home') {
      handled();
      select(notes[0]?.id);
    } else if (e.key === 'End') {
      handled();
      select(notes.at(-1)?.id);
    } else if (e.key === 'Enter' || (mod && e.code === 'KeyE')) {
      handled();
      commands.edit(note.id);
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      handled();
      commands.remove(note);
      // The selection stays in the list, on the next note (or the one before the last).
      const next = notes[index + 1] ?? notes[index - 1];
      if (next) select(next.id);
      else commands.leave();
    } else if (!mod && !e.altKey && e.code === 'KeyM') {
      handled();
      commands.openMove(note.id);
    } else if (!mod && !e.altKey && e.code === 'KeyR' && note.kind === 'draft_resolution') {
      handled();
      commands.toResolution(note);
    } else if (mod && e.code === 'KeyZ') {
      handled();
      commands.undo();
    } else if (e.key === 'Escape') {
      handled();
      commands.leave();
    }
  };

  return (
    // A column whose content sinks to the bottom: the newest note sits right above the box, as in a chat.
    <Box ref={scrollRef} style={{ flex: 1, minHeight: 0, overflowY: 'auto', display: 'flex', flexDirection: 'column' }} data-scroll-list data-testid="note-list-scroll">
      {notes.length === 0 && pending.length === 0 ? (
        <Text c="dimmed" p="sm">
          {emptyText}
        </Text>
      ) : null}
      <Stack gap={4} role="list" aria-label={t('notes.list.label')} onKeyDown={onKeyDown} data-testid="note-list" pb={4} style={{ marginTop: 'auto' }}>
        {notes.map((note) => (
          <NoteRow
            key={note.id}
            note={note}
            items={items}
            itemNumber={showItemNumbers ? (note.agendaItemId ? (numbers.get(note.agendaItemId) ?? '') : '') : null}
            groupName={note.groupId ? (groupNames.get(note.groupId) ?? null) : null}
            roster={roster}
            selected={note.id === selectedId}
            editing={note.id === editingId}
            saving={note.id === editingId && savingEdit}
            moveOpen={note.id === moveOpenId}
            flash={note.id === flashId}
            adopted={adoptedIds.has(note.id)}
            commands={commands}
          />
        ))}
        {pending.map((p) => (
          <PendingRow key={p.key} note={p} />
        ))}
      </Stack>
    </Box>
  );
}
