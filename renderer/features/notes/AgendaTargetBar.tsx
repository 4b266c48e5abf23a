/**
 * Which agenda item the notes go to, and which notes the list shows (this item or all; with
 * small groups, also all groups, the plenary alone or one group). By default the notes follow
 * the forum's current item as the facilitator moves on; choosing another item here pins the
 * note pane to it (for notes typed a little late) until "back to the current item".
 */
import { Badge, Button, Group, SegmentedControl, Select, Text } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../api/queries/agenda';

const NONE = '__none__';

export type ListScope = 'item' | 'all';

/** Which notes by group the list shows: every note, the plenary's only, or one group's (its id). */
export type GroupFilter = typeof ALL_GROUPS | typeof PLENARY | (string & {});
export const ALL_GROUPS = '__all__';
export const PLENARY = '__plenary__';

export const matchesGroup = (filter: GroupFilter, groupId: string | null) =>
  filter === ALL_GROUPS || (filter === PLENARY ? groupId === null : groupId === filter);

interface Props {
  items: AgendaItem[];
  currentItemId: string | null;
  /** The item notes go to now. */
  targetId: string | null;
  /** Whether the pane is pinned to an item other than the current one. */
  pinned: boolean;
  onTarget: (itemId: string | null) => void;
  onFollowCurrent: () => void;
  scope: ListScope;
  onScope: (scope: ListScope) => void;
  groups: readonly { id: string; name: string }[];
  groupFilter: GroupFilter;
  onGroupFilter: (filter: GroupFilter) => void;
}

/** Memoised with the other parts of the pane: a stored note re-renders the list only. */
export const AgendaTargetBar = memo(function AgendaTargetBar(props: Props) {
  const { items, currentItemId, targetId, pinned, onTarget, onFollowCurrent, scope, onScope, groups, groupFilter, onGroupFilter } = props;
  const { t } = useTranslation();
  const data = [
    ...items.map((i) => ({ value: i.id, label: `${i.number}  ${i.title}${i.id === currentItemId ? ` · ${t('notes.agenda.currentMark')}` : ''}` })),
    { value: NONE, label: t('notes.agenda.none') },
  ];
  return (
    <Group justify="space-between" wrap="nowrap" gap="sm">
      <Group gap="xs" wrap="nowrap" style={{ minWidth: 0, flex: 1 }}>
        <Text size="sm" c="dimmed" style={{ flexShrink: 0 }}>
          {t('notes.agenda.label')}
        </Text>
        <Select
          data={data}
          value={targetId ?? NONE}
          onChange={(v) => onTarget(v === NONE || v === null ? null : v)}
          allowDeselect={false}
          searchable
          size="sm"
          aria-label={t('notes.agenda.label')}
          data-testid="note-target"
          comboboxProps={{ width: 460, position: 'bottom-start' }}
          style={{ flex: 1, minWidth: 180, maxWidth: 420 }}
        />
        {pinned ? (
          <Button size="compact-sm" variant="light" color="orange" leftSection={<IconArrowBackUp size={16} />} onClick={onFollowCurrent} style={{ flexShrink: 0 }}>
            {t('notes.agenda.followCurrent')}
          </Button>
        ) : targetId && targetId === currentItemId ? (
          <Badge variant="light" style={{ flexShrink: 0 }}>
            {t('notes.agenda.following')}
          </Badge>
        ) : null}
      </Group>
      {groups.length > 0 ? (
        <Select
          size="xs"
          w={170}
          allowDeselect={false}
          aria-label={t('notes.group.filter')}
          value={groupFilter}
          onChange={(v) => onGroupFilter(v ?? ALL_GROUPS)}
          data={[
            { value: ALL_GROUPS, label: t('notes.group.filterAll') },
            { value: PLENARY, label: t('notes.group.filterPlenary') },
            ...groups.map((g) => ({ value: g.id, label: g.name })),
          ]}
          data-testid="note-group-filter"
          style={{ flexShrink: 0 }}
        />
      ) : null}
      <SegmentedControl
        size="xs"
        value={scope}
        onChange={(v) => onScope(v as ListScope)}
        aria-label={t('notes.list.scope')}
        data={[
          { value: 'item', label: t('notes.list.thisItem') },
          { value: 'all', label: t('notes.list.all') },
        ]}
        data-testid="note-scope"
        style={{ flexShrink: 0 }}
      />
    </Group>
  );
});
