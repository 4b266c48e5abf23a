/** Who is in the room but in no group yet: drop someone here to take them out of a group. */
import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MemberRow } from './MemberRow';
import type { Attendee, PersonRef, SmallGroup } from '../../api/queries/groups';
import { useDropTarget } from './useDropTarget';

interface Props {
  people: PersonRef[];
  groups: SmallGroup[];
  details: ReadonlyMap<string, Attendee['person']>;
  onMove: (personId: string, groupId: string | null) => void;
}

export function UnassignedColumn({ people, groups, details, onMove }: Props) {
  const { t } = useTranslation();
  const drop = useDropTarget((personId) => onMove(personId, null));
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      bg={drop.over ? 'wethi.0' : 'gray.0'}
      {...drop.props}
      data-testid="groups-unassigned"
      aria-label={t('groups.unassigned')}
    >
      <Title order={4} mb="xs">
        {t('groups.unassignedCount', { count: people.length })}
      </Title>
      {people.length === 0 ? (
        <Text c="dimmed" fz="sm">
          {t('groups.allAssigned')}
        </Text>
      ) : (
        <Stack gap={0}>
          {people.map((p) => (
            <MemberRow key={p.id} person={p} details={details.get(p.id)} groupId={null} groups={groups} onMove={(g) => onMove(p.id, g)} />
          ))}
        </Stack>
      )}
    </Paper>
  );
}
