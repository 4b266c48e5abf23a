/**
 * The agenda tab: the items with their clocks, edited and run from the keyboard. The current
 * item drives the room: notes, issues and speeches attach to it by default.
 */
import { Button, Center, Group, Loader, Stack } from '@mantine/core';
import { IconPlayerPlay, IconPlayerStop, IconPlayerTrackNext, IconPlus } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../shared/contract';
import { useFormat } from '../../i18n/format';
import { Keys } from '../../ui/Keys';
import type { ForumSlot } from '../../ui/slots';
import { AgendaKeyHints } from './AgendaKeyHints';
import { AgendaList, type ListCommands } from './AgendaList';
import { AgendaTemplates } from './AgendaTemplates';
import { AgendaTotals } from './AgendaTotals';
import { useAgenda } from '../../api/queries/agenda';
import { useAgendaActions } from './useAgendaActions';
import { useClockNow } from '../../ui/useClockNow';

export function AgendaPanel({ forum, slots }: { forum: Output<'forums.get'>; slots: { ProjectorControl: ForumSlot } }) {
  const { t } = useTranslation();
  const { lang } = useFormat();
  const agenda = useAgenda(forum.id);
  const actions = useAgendaActions(forum.id);
  const listRef = useRef<HTMLDivElement>(null);
  const [chosenId, setSelectedId] = useState<string | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [addingAfter, setAddingAfter] = useState<string | null | undefined>(undefined);
  const now = useClockNow(agenda.data?.items ?? []);

  if (!agenda.data) {
    return (
      <Center py="xl">
        <Loader />
      </Center>
    );
  }
  const list = agenda.data;
  const items = list.items;
  // Until the facilitator picks a row, the selection rests on the current item (else the first).
  const selectedId = items.some((i) => i.id === chosenId) ? chosenId : (list.currentItemId ?? items[0]?.id ?? null);
  const selected = items.find((i) => i.id === selectedId);
  const focusList = () => requestAnimationFrame(() => listRef.current?.focus());

  const commands: ListCommands = {
    select: setSelectedId,
    move: (target) => actions.move.mutate(target),
    toggleClock: (item) => (item.runningSince ? actions.stop.mutate(item.id) : actions.start.mutate(item.id)),
    next: () => actions.next.mutate(undefined, { onSuccess: (next) => setSelectedId(next.currentItemId) }),
    remove: (item) => actions.remove.mutate(item),
    undo: actions.undoLast,
    makeCurrent: (item) => actions.setCurrent.mutate(item.id, { onSuccess: focusList }),
    resetClock: (item) => actions.resetClock.mutate(item.id, { onSuccess: focusList }),
    edit: (id) => {
      setAddingAfter(undefined);
      setEditingId(id);
      if (id) setSelectedId(id);
      else focusList();
    },
    startAdding: (afterId) => {
      setEditingId(null);
      setAddingAfter(afterId);
    },
    stopAdding: () => {
      setAddingAfter(undefined);
      focusList();
    },
    saveEdit: (id, patch) =>
      actions.update.mutate(
        { id, patch },
        {
          onSuccess: () => {
            setEditingId(null);
            focusList();
          },
        },
      ),
    saveNew: (afterId, fields) =>
      actions.add.mutate(
        { ...fields, afterId },
        {
          onSuccess: (item) => {
            setSelectedId(item.id);
            setAddingAfter(undefined);
            focusList();
          },
        },
      ),
  };

  const header = (
    <Group justify="space-between" align="center" wrap="wrap" gap="sm">
      <Group gap="sm">
        <Button leftSection={<IconPlus size={18} />} variant="light" rightSection={<Keys combo="Ins" />} onClick={() => commands.startAdding(selectedId ?? null)}>
          {t('agenda.actions.add')}
        </Button>
        {items.length > 0 ? (
          <>
            <Button
              leftSection={selected?.runningSince ? <IconPlayerStop size={18} /> : <IconPlayerPlay size={18} />}
              color={selected?.runningSince ? 'red' : undefined}
              rightSection={<Keys combo="Space" />}
              disabled={!selected}
              onClick={() => {
                if (selected) commands.toggleClock(selected);
                focusList();
              }}
            >
              {selected?.runningSince ? t('agenda.actions.stop') : t('agenda.actions.start')}
            </Button>
            <Button
              leftSection={<IconPlayerTrackNext size={18} />}
              variant="light"
              rightSection={<Keys combo="N" />}
              loading={actions.next.isPending}
              onClick={() => {
                commands.next();
                focusList();
              }}
            >
              {t('agenda.actions.next')}
            </Button>
          </>
        ) : null}
      </Group>
      <slots.ProjectorControl forumId={forum.id} />
    </Group>
  );

  if (items.length === 0 && addingAfter === undefined) {
    return (
      <Stack gap="lg">
        {header}
        <AgendaTemplates
          applying={actions.applyTemplate.isPending ? (actions.applyTemplate.variables?.template ?? null) : null}
          onApply={(template) => {
            if (template.items.length === 0) commands.startAdding(null);
            else actions.applyTemplate.mutate({ template: template.id, lang }, { onSuccess: focusList });
          }}
        />
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      {header}
      <AgendaKeyHints />
      <AgendaList
        list={list}
        now={now}
        selectedId={selectedId}
        editingId={editingId}
        addingAfter={addingAfter}
        saving={actions.add.isPending || actions.update.isPending}
        commands={commands}
        listRef={listRef}
      />
      <AgendaTotals items={items} now={now} />
    </Stack>
  );
}
