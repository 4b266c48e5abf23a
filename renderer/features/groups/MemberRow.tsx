/** One person in a group or among the unassigned: who they are, and where to move them. */
import { Badge, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLabels } from '../../i18n/labels';
import type { Attendee, PersonRef, SmallGroup } from '../../api/queries/groups';
import { dragPerson } from './useDropTarget';

const NO_GROUP = '';

interface Props {
  person: PersonRef;
  details: Attendee['person'] | undefined;
  groupId: string | null;
  groups: SmallGroup[];
  badges?: string[];
  onMove: (groupId: string | null) => void;
}

export function MemberRow({ person, details, groupId, groups, badges = [], onMove }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const about = [
    details?.sector ? labels.dimensionKey('sector', details.sector) : null,
    details?.village ? t('groups.village', { village: details.village }) : null,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <Group justify="space-between" wrap="nowrap" gap="xs" py={4} style={{ cursor: 'grab', borderBottom: '1px solid var(--mantine-color-gray-2)' }} {...dragPerson(person.id)} data-testid="group-member">
      <Stack gap={0} style={{ minWidth: 0 }}>
        <Group gap={6} wrap="nowrap">
          <Text fw={600} lh={1.4}>
            {person.number !== null ? `#${person.number} ` : ''}
            {person.name}
          </Text>
          {badges.map((b) => (
            <Badge key={b} size="xs" variant="light">
              {b}
            </Badge>
          ))}
        </Group>
        {about ? (
          <Text c="dimmed" fz="xs" truncate>
            {about}
          </Text>
        ) : null}
      </Stack>
      <NativeSelect
        size="xs"
        w={116}
        style={{ flexShrink: 0 }}
        aria-label={t('groups.moveFor', { name: person.name })}
        value={groupId ?? NO_GROUP}
        onChange={(e) => onMove(e.currentTarget.value === NO_GROUP ? null : e.currentTarget.value)}
        data={[{ value: NO_GROUP, label: t('groups.unassignedShort') }, ...groups.map((g) => ({ value: g.id, label: g.name }))]}
      />
    </Group>
  );
}
