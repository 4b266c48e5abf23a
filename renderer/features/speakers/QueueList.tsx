/**
 * The queue, next first. Keyboard: Tab to an entry, Alt+↑/↓ moves it (the focus moves with it),
 * Delete removes it, Enter gives them the floor now. Rows can also be dragged.
 */
import { ActionIcon, Badge, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconGripVertical, IconMicrophone, IconX } from '@tabler/icons-react';
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant, QueueEntry } from '../../api/queries/speakers';
import { formatClock } from '../../ui/speech-time';

interface Props {
  queue: QueueEntry[];
  roster: ReadonlyMap<string, Participant>;
  onReorder: (orderedIds: string[]) => void;
  onRemove: (entry: QueueEntry) => void;
  onStart: (entry: QueueEntry) => void;
}

const moved = (ids: string[], from: number, to: number) => {
  const next = [...ids];
  const [id] = next.splice(from, 1);
  if (id !== undefined) next.splice(to, 0, id);
  return next;
};

export function QueueList({ queue, roster, onReorder, onRemove, onStart }: Props) {
  const { t } = useTranslation();
  const rows = useRef(new Map<string, HTMLDivElement>());
  const [focusId, setFocusId] = useState<string | null>(null);
  const [dragId, setDragId] = useState<string | null>(null);
  const ids = queue.map((e) => e.id);

  // A moved row is taken out of the page and put back, which drops the focus: put it back once,
  // then forget it, so later queue changes (someone added by typing) never steal the focus.
  useEffect(() => {
    if (!focusId || !queue.some((e) => e.id === focusId)) return;
    rows.current.get(focusId)?.focus();
    setFocusId(null);
  }, [focusId, queue]);

  const move = (index: number, to: number) => {
    if (to < 0 || to >= queue.length || to === index) return;
    onReorder(moved(ids, index, to));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>, entry: QueueEntry, index: number) => {
    if (e.target !== e.currentTarget) return;
    if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      e.preventDefault();
      setFocusId(entry.id);
      move(index, index + (e.key === 'ArrowUp' ? -1 : 1));
    } else if (!e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      e.preventDefault();
      const to = queue[index + (e.key === 'ArrowUp' ? -1 : 1)];
      if (to) rows.current.get(to.id)?.focus();
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      const neighbour = queue[index + 1] ?? queue[index - 1];
      setFocusId(neighbour?.id ?? null);
      onRemove(entry);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      onStart(entry);
    }
  };

  if (queue.length === 0) {
    return (
      <Text c="dimmed" fz="lg" data-testid="speaker-queue">
        {t('speakers.queue.empty')}
      </Text>
    );
  }
  return (
    <Stack gap={6} data-testid="speaker-queue" role="list" aria-label={t('speakers.queue.title')}>
      {queue.map((entry, index) => {
        const spoken = roster.get(entry.person.id);
        return (
          <Paper
            key={entry.id}
            ref={(el: HTMLDivElement | null) => {
              if (el) rows.current.set(entry.id, el);
              else rows.current.delete(entry.id);
            }}
            role="listitem"
            tabIndex={0}
            withBorder
            radius="md"
            px="sm"
            py={6}
            className="wethi-row-link"
            aria-label={t('speakers.queue.entry', { position: index + 1, name: entry.person.name })}
            onKeyDown={(e) => onKeyDown(e, entry, index)}
            draggable
            onDragStart={(e) => {
              setDragId(entry.id);
              e.dataTransfer.effectAllowed = 'move';
            }}
            onDragEnd={() => setDragId(null)}
            onDragOver={(e) => {
              if (dragId) e.preventDefault();
            }}
            onDrop={(e) => {
              e.preventDefault();
              if (dragId) move(ids.indexOf(dragId), index);
              setDragId(null);
            }}
            style={{ opacity: dragId === entry.id ? 0.5 : 1, background: index === 0 ? 'var(--mantine-color-wethi-0)' : undefined }}
            data-testid="queue-entry"
          >
            <Group justify="space-between" wrap="nowrap" gap="sm">
              <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
                <IconGripVertical size={18} color="var(--mantine-color-gray-5)" style={{ flexShrink: 0, cursor: 'grab' }} aria-hidden />
                <Text fz={22} fw={700} w={32} ta="right" style={{ flexShrink: 0, fontVariantNumeric: 'tabular-nums' }}>
                  {index + 1}
                </Text>
                {entry.person.number !== null ? (
                  <Badge size="lg" variant="outline" style={{ flexShrink: 0 }}>
                    #{entry.person.number}
                  </Badge>
                ) : null}
                <Text fz="lg" fw={600} truncate>
                  {entry.person.name}
                </Text>
                {index === 0 ? <Badge color="wethi">{t('speakers.queue.nextBadge')}</Badge> : null}
              </Group>
              <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
                {spoken && spoken.speeches > 0 ? (
                  <Text c="dimmed" fz="sm" mr="xs">
                    {t('speakers.spokenSoFar', { count: spoken.speeches, time: formatClock(spoken.speakingMs) })}
                  </Text>
                ) : null}
                <Tooltip label={t('speakers.queue.startNow')}>
                  <ActionIcon variant="subtle" size="lg" tabIndex={-1} aria-label={t('speakers.queue.startNowFor', { name: entry.person.name })} onClick={() => onStart(entry)}>
                    <IconMicrophone size={20} />
                  </ActionIcon>
                </Tooltip>
                <Tooltip label={t('speakers.queue.remove')}>
                  <ActionIcon variant="subtle" color="gray" size="lg" tabIndex={-1} aria-label={t('speakers.queue.removeFor', { name: entry.person.name })} onClick={() => onRemove(entry)}>
                    <IconX size={20} />
                  </ActionIcon>
                </Tooltip>
              </Group>
            </Group>
          </Paper>
        );
      })}
    </Stack>
  );
}
