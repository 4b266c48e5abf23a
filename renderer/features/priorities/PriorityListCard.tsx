/**
 * The forum's priority list (จัดลำดับความสำคัญ) with how it was made: the poll, its method and
 * tie rule, and that it stands as a resolution; that the facilitator ordered it by hand; or that
 * it was merged from village forums' lists (with a warning when first place is tied).
 * `action` lets the plan tab add a button per issue; `reorderable` lets it reorder the list:
 * drag a row, or pick one with ↑/↓ and move it with Alt+↑/Alt+↓ (the agenda's keys), Ctrl+Z
 * puts the previous order back. A reordered list is a manual list from then on.
 */
import { Alert, Badge, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconGripVertical } from '@tabler/icons-react';
import { type DragEvent, type KeyboardEvent, type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { usePollText } from '../../i18n/poll-text';
import { dropOrder, shiftOrder } from './priority-moves';
import { mergeSourceText } from './priority-source-text';
import { type PriorityList, usePriorities } from '../../api/queries/polls';
import { usePriorityReorder } from './usePriorityReorder';

type Item = PriorityList['items'][number];

const sameOrder = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id, i) => id === b[i]);
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && new Set([...a, ...b]).size === a.length;

interface Props {
  forumId: string;
  action?: (item: Item, list: PriorityList) => ReactNode;
  reorderable?: boolean;
}

export function PriorityListCard({ forumId, action, reorderable = false }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = usePollText();
  const priorities = usePriorities(forumId);
  const list = priorities.data;
  const source = list?.source;
  const serverIds = (list?.items ?? []).map((i) => i.issueId);
  // The order shown while a move is on its way to the host, so quick moves build on each other.
  const [optimistic, setOptimistic] = useState<string[] | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [dragging, setDragging] = useState<string | null>(null);
  const [over, setOver] = useState<string | null>(null);
  const reorder = usePriorityReorder(forumId, setOptimistic);
  const serverKey = serverIds.join(',');
  useEffect(() => {
    setOptimistic((now) => (now && sameOrder(now, serverKey ? serverKey.split(',') : []) ? null : now));
  }, [serverKey]);

  const byId = new Map((list?.items ?? []).map((i) => [i.issueId, i]));
  const moving = optimistic !== null && sameSet(optimistic, serverIds);
  const ids = moving ? optimistic : serverIds;
  const items = ids.map((id) => byId.get(id)).filter((i): i is Item => i !== undefined);

  const move = (after: string[] | null) => {
    // Deleted issues cannot be ordered by hand (the host takes active issues only).
    if (after) reorder.reorder(ids.filter((id) => !byId.get(id)?.issueMissing), after.filter((id) => !byId.get(id)?.issueMissing));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    if (e.target !== e.currentTarget) return;
    if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      e.preventDefault();
      const delta = e.key === 'ArrowUp' ? -1 : 1;
      const at = selected ? ids.indexOf(selected) : -1;
      if (e.altKey && selected) move(shiftOrder(ids, selected, delta));
      else setSelected(ids[Math.max(0, Math.min(ids.length - 1, at === -1 ? 0 : at + delta))] ?? null);
    } else if ((e.ctrlKey || e.metaKey) && e.code === 'KeyZ') {
      e.preventDefault();
      reorder.undo();
    }
  };

  const dragFor = (id: string) =>
    reorderable
      ? {
          draggable: true,
          onDragStart: (e: DragEvent) => {
            e.dataTransfer.effectAllowed = 'move';
            e.dataTransfer.setData('text/plain', id);
            setDragging(id);
            setSelected(id);
          },
          onDragOver: (e: DragEvent) => {
            if (!dragging) return;
            e.preventDefault();
            e.dataTransfer.dropEffect = 'move';
            if (over !== id) setOver(id);
          },
          onDrop: (e: DragEvent) => {
            e.preventDefault();
            if (dragging) move(dropOrder(ids, dragging, id));
            setDragging(null);
            setOver(null);
          },
          onDragEnd: () => {
            setDragging(null);
            setOver(null);
          },
        }
      : {};

  return (
    <Paper withBorder radius="md" p="sm" data-testid="priority-list">
      <Text fw={700} fz="lg">
        {t('polls.priorities.title')}
      </Text>
      {!list || items.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('polls.priorities.none')}
        </Text>
      ) : (
        <Stack gap={6}>
          {moving ? null : source?.kind === 'poll' ? (
            <Stack gap={0}>
              <Text size="sm">{t('polls.priorities.from', { title: source.pollTitle, method: text.method(source.method, source.mode) })}</Text>
              <Text size="sm" c="dimmed">
                {t('polls.tieRule.label')} {text.tieRule(source.tieRule)}
                {source.tie ? ` · ${t('polls.priorities.hadTie')}` : ''}
              </Text>
              <Group gap={6} mt={2}>
                {list.resolutionId ? <Badge variant="light">{t('polls.priorities.resolution')}</Badge> : null}
                <Text size="xs" c="dimmed">
                  {format.dateTime(source.adoptedAt)}
                </Text>
              </Group>
            </Stack>
          ) : source?.kind === 'manual' ? (
            <Group gap={6} data-testid="priority-source">
              <Badge color="orange" variant="light">
                {t('polls.priorities.manual')}
              </Badge>
              <Text size="xs" c="dimmed">
                {t('polls.priorities.manualSince', { when: format.dateTime(source.setAt) })}
              </Text>
            </Group>
          ) : source?.kind === 'merge' ? (
            <MergeSourceLine text={mergeSourceText(t, source, format)} />
          ) : null}
          {reorderable ? (
            <Text size="xs" c="dimmed">
              {t('polls.priorities.reorderHint')}
            </Text>
          ) : null}
          <Table
            verticalSpacing={4}
            horizontalSpacing={4}
            {...(reorderable
              ? {
                  tabIndex: 0,
                  // A grid of rows: a row's cells may hold a button (the plan's "make a project").
                  role: 'grid',
                  'aria-label': t('polls.priorities.listLabel'),
                  'aria-activedescendant': selected ? `priority-${selected}` : undefined,
                  onKeyDown,
                  onFocus: () => setSelected((s) => s ?? ids[0] ?? null),
                  style: { outline: 'none' },
                  'data-testid': 'priority-rows',
                }
              : {})}
          >
            <Table.Tbody>
              {items.map((item, index) => (
                <Table.Tr
                  key={item.issueId}
                  id={`priority-${item.issueId}`}
                  data-testid="priority-item"
                  {...(reorderable ? { 'aria-selected': item.issueId === selected, onClick: () => setSelected(item.issueId) } : {})}
                  {...dragFor(item.issueId)}
                  style={{
                    cursor: reorderable ? 'grab' : undefined,
                    outline: reorderable && item.issueId === selected ? '2px solid var(--mantine-color-blue-6)' : undefined,
                    outlineOffset: -2,
                    boxShadow: over === item.issueId && dragging !== item.issueId ? 'inset 0 3px 0 var(--mantine-color-blue-6)' : undefined,
                  }}
                >
                  {/* The rank heads its row (with the grip that drags it), so the issue and its button
                      are announced with it. */}
                  <Table.Th scope="row" w={reorderable ? 54 : 32} fw={700} c="wethi.8" fz="lg" style={{ whiteSpace: 'nowrap' }}>
                    {reorderable ? <IconGripVertical size={16} color="var(--mantine-color-gray-5)" aria-hidden style={{ marginRight: 6, verticalAlign: 'middle' }} /> : null}
                    {format.number(moving ? index + 1 : item.rank)}
                  </Table.Th>
                  <Table.Td>
                    <Text fw={(moving ? index === 0 : item.rank === 1) ? 700 : 500} td={item.issueMissing ? 'line-through' : undefined}>
                      {item.title}
                    </Text>
                    {item.score !== null && !moving ? (
                      <Text size="xs" c="dimmed">
                        {t('polls.priorities.score', { n: format.number(Math.round(item.score * 1000) / 1000) })}
                      </Text>
                    ) : null}
                  </Table.Td>
                  {action ? <Table.Td ta="right">{action(item, list)}</Table.Td> : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {source?.kind === 'poll' && source.skipped.length > 0 ? (
            <Text size="xs" c="dimmed">
              {t('polls.priorities.skipped', { names: source.skipped.map((s) => s.label).join(', ') })}
            </Text>
          ) : null}
        </Stack>
      )}
    </Paper>
  );
}

function MergeSourceLine({ text }: { text: { line: string; tie: string | null } }) {
  return (
    <Stack gap={4} data-testid="priority-source">
      <Text size="sm" c="dimmed">
        {text.line}
      </Text>
      {text.tie ? (
        <Alert color="yellow" variant="light" p="xs" icon={<IconAlertTriangle size={16} />} data-testid="priority-merge-tie">
          <Text size="sm">{text.tie}</Text>
        </Alert>
      ) : null}
    </Stack>
  );
}
