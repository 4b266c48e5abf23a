/**
 * The agenda as a keyboard-driven list. The list itself holds the focus (rows are not tab
 * stops), so every key below works without the mouse; a server refusal (nesting too deep, a
 * section under another) comes back as a notification with the server's reason.
 */
import { Box, Stack, Text } from '@mantine/core';
import { type DragEvent, type KeyboardEvent, type RefObject, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type MoveTarget, dropTarget, indentTarget, outdentTarget, shiftTarget } from './agenda-moves';
import { AGENDA_COLUMNS, rowDomId } from './agenda-layout';
import { AgendaItemEditor } from './AgendaItemEditor';
import { AgendaRow } from './AgendaRow';
import type { AgendaItem, AgendaList as List } from '../../api/queries/agenda';
import type { ItemFields } from './useAgendaActions';

export interface ListCommands {
  select: (id: string) => void;
  move: (target: MoveTarget) => void;
  toggleClock: (item: AgendaItem) => void;
  next: () => void;
  remove: (item: AgendaItem) => void;
  undo: () => void;
  makeCurrent: (item: AgendaItem) => void;
  resetClock: (item: AgendaItem) => void;
  edit: (id: string | null) => void;
  startAdding: (afterId: string | null) => void;
  stopAdding: () => void;
  saveEdit: (id: string, fields: ItemFields) => void;
  saveNew: (afterId: string | null, fields: ItemFields) => void;
}

interface Props {
  list: List;
  now: number;
  selectedId: string | null;
  editingId: string | null;
  /** Where a new item is being typed: after this item, or at the end (null); undefined: not adding. */
  addingAfter: string | null | undefined;
  saving: boolean;
  commands: ListCommands;
  listRef: RefObject<HTMLDivElement | null>;
}

export function AgendaList({ list, now, selectedId, editingId, addingAfter, saving, commands, listRef }: Props) {
  const { t } = useTranslation();
  const [dragging, setDragging] = useState<string | null>(null);
  const [over, setOver] = useState<string | null>(null);
  const items = list.items;
  const index = items.findIndex((i) => i.id === selectedId);
  const selected = index >= 0 ? items[index] : undefined;

  // Opening the tab puts the keys to work at once, as the check-in box does.
  useEffect(() => {
    if (!document.activeElement || document.activeElement === document.body) listRef.current?.focus();
  }, [listRef]);

  const go = (to: number) => {
    const target = items[Math.max(0, Math.min(items.length - 1, to))];
    if (target) {
      commands.select(target.id);
      document.getElementById(rowDomId(target.id))?.scrollIntoView({ block: 'nearest' });
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    // Keys typed in an editor inside the list belong to the editor.
    if (e.target !== e.currentTarget || e.nativeEvent.isComposing) return;
    const mod = e.ctrlKey || e.metaKey;
    const handled = () => e.preventDefault();
    if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      handled();
      const delta = e.key === 'ArrowUp' ? -1 : 1;
      if (e.altKey && selected) {
        const target = shiftTarget(items, selected, delta);
        if (target) commands.move(target);
      } else go(index === -1 ? 0 : index + delta);
    } else if (e.key === 'Home') {
      handled();
      go(0);
    } else if (e.key === 'End') {
      handled();
      go(items.length - 1);
    } else if (e.key === 'Insert' || (e.key === 'Enter' && mod)) {
      handled();
      commands.startAdding(selected?.id ?? items.at(-1)?.id ?? null);
    } else if (e.key === 'Enter' && selected) {
      handled();
      commands.edit(selected.id);
    } else if (e.key === 'Tab' && selected) {
      // Tab nests the item instead of leaving the list: the outline is edited like a word processor's.
      handled();
      const target = e.shiftKey ? outdentTarget(items, selected) : indentTarget(items, selected);
      if (target) commands.move(target);
    } else if (e.key === ' ' && selected) {
      handled();
      commands.toggleClock(selected);
    } else if (e.code === 'KeyN' && !mod && !e.altKey) {
      // By physical key, so it also works while the Thai layout is on.
      handled();
      commands.next();
    } else if ((e.key === 'Delete' || e.key === 'Backspace') && selected) {
      handled();
      commands.remove(selected);
      // The selection moves to the next item that survives (a section takes its sub-items along).
      const after = items.findIndex((i, at) => at > index && i.parentId !== selected.id);
      go(after !== -1 ? after : index - 1);
    } else if (mod && e.code === 'KeyZ') {
      handled();
      commands.undo();
    }
  };

  const dragFor = (item: AgendaItem) => ({
    over: over === item.id && dragging !== item.id,
    onDragStart: (e: DragEvent) => {
      e.dataTransfer.effectAllowed = 'move';
      e.dataTransfer.setData('text/plain', item.id);
      setDragging(item.id);
    },
    onDragOver: (e: DragEvent) => {
      if (!dragging) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'move';
      if (over !== item.id) setOver(item.id);
    },
    onDrop: (e: DragEvent) => {
      e.preventDefault();
      const moved = items.find((i) => i.id === dragging);
      const target = moved ? dropTarget(moved, item) : null;
      if (target) commands.move(target);
      setDragging(null);
      setOver(null);
    },
    onDragEnd: () => {
      setDragging(null);
      setOver(null);
    },
  });

  // A new item after a section lands after the section's sub-items, so its editor shows there.
  const addingItem = items.find((i) => i.id === addingAfter);
  const editorAnchor = addingItem ? (items.filter((i) => i.parentId === addingItem.id).at(-1) ?? addingItem).id : null;

  const newEditor = (afterId: string | null, nested: boolean) => (
    <AgendaItemEditor key="new" nested={nested} saving={saving} onSave={(fields) => commands.saveNew(afterId, fields)} onCancel={commands.stopAdding} />
  );

  return (
    <Stack gap={0}>
      <Box
        style={{ display: 'grid', gridTemplateColumns: AGENDA_COLUMNS, gap: 12, padding: '0 12px 6px 17px', borderBottom: '1px solid var(--mantine-color-gray-3)' }}
        c="dimmed"
        fz="sm"
        aria-hidden
      >
        <span />
        <Text size="sm">{t('agenda.columns.number')}</Text>
        <Text size="sm">{t('agenda.columns.title')}</Text>
        <Text size="sm" ta="right">
          {t('agenda.columns.planned')}
        </Text>
        <Text size="sm" ta="right">
          {t('agenda.columns.actual')}
        </Text>
        <Text size="sm" ta="right">
          {t('agenda.columns.overrun')}
        </Text>
        <span />
      </Box>
      <Stack
        ref={listRef}
        gap={4}
        pt={6}
        tabIndex={0}
        // A grid of rows rather than a listbox of options: a row's cells may hold its buttons.
        role="grid"
        aria-label={t('agenda.listLabel')}
        aria-activedescendant={selected ? rowDomId(selected.id) : undefined}
        onKeyDown={onKeyDown}
        data-testid="agenda-list"
        style={{ outline: 'none', borderRadius: 8 }}
      >
        {addingAfter === null && items.length === 0 ? newEditor(null, false) : null}
        {items.map((item) => (
          <Stack key={item.id} gap={4}>
            {editingId === item.id ? (
              <AgendaItemEditor
                nested={item.parentId !== null}
                saving={saving}
                initial={{ title: item.title, plannedMinutes: item.plannedMinutes, description: item.description }}
                onSave={(fields) => commands.saveEdit(item.id, fields)}
                onCancel={() => commands.edit(null)}
              />
            ) : (
              <AgendaRow
                item={item}
                now={now}
                selected={item.id === selectedId}
                current={item.id === list.currentItemId}
                drag={dragFor(item)}
                actions={{
                  select: () => commands.select(item.id),
                  toggleClock: () => commands.toggleClock(item),
                  edit: () => commands.edit(item.id),
                  remove: () => commands.remove(item),
                  makeCurrent: () => commands.makeCurrent(item),
                  resetClock: () => commands.resetClock(item),
                }}
              />
            )}
            {addingItem && editorAnchor === item.id ? newEditor(addingItem.id, addingItem.parentId !== null) : null}
          </Stack>
        ))}
        {addingAfter === null && items.length > 0 ? newEditor(null, false) : null}
      </Stack>
    </Stack>
  );
}
