/**
 * The small-groups tab (กลุ่มย่อย): the groups side by side with the people still without a
 * group; create, rename, delete; move people by drag or by each person's "move to" list;
 * split the room automatically; choose each group's facilitator and reporter; see each group's
 * issues and notes and bring them back to the plenary.
 */
import { Button, Grid, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconArrowsSplit, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../shared/contract';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useAgenda } from '../../api/queries/agenda';
import { useIssues } from '../../api/queries/issues';
import { useNotes } from '../../api/queries/notes';
import { useRoster } from '../../api/queries/speakers';
import { AutoSplitDialog } from './AutoSplitDialog';
import { GroupCard } from './GroupCard';
import { GroupNameModal } from './GroupNameModal';
import { ReportBackDialog } from './ReportBackDialog';
import { type SmallGroup, useAttendees, useGroups } from '../../api/queries/groups';
import { UnassignedColumn } from './UnassignedColumn';
import { useGroupActions } from './useGroupActions';

type Naming = { kind: 'create' } | { kind: 'rename'; group: SmallGroup };

export function GroupsPanel({ forum }: { forum: Output<'forums.get'> }) {
  const { t } = useTranslation();
  const list = useGroups(forum.id);
  const attendees = useAttendees(forum.id);
  // Everyone registered, with badge numbers: a group's facilitator need not be a member.
  const roster = useRoster(forum.id);
  const actions = useGroupActions(forum.id);
  const [naming, setNaming] = useState<Naming | null>(null);
  const [deleting, setDeleting] = useState<SmallGroup | null>(null);
  const [splitting, setSplitting] = useState(false);
  const [reporting, setReporting] = useState<SmallGroup | null>(null);
  // Counted here from the issue and note lists, which follow their own change events.
  const issues = useIssues(forum.id).data ?? [];
  const notes = useNotes(forum.id).data ?? [];
  const agenda = useAgenda(forum.id).data;
  const agendaItems = agenda?.items ?? [];
  const agendaNumber = (id: string) => agendaItems.find((i) => i.id === id)?.number ?? null;
  const workOf = (groupId: string) => ({
    issues: issues.filter((i) => i.groupId === groupId).length,
    notes: notes.filter((n) => n.groupId === groupId).length,
  });

  const groups = list.data?.groups ?? [];
  const unassigned = list.data?.unassigned ?? [];
  const people = attendees.data ?? [];
  const details = new Map(people.map((a) => [a.person.id, a.person]));
  const everyone = (roster.data ?? []).map((p) => ({ value: p.id, label: `#${p.number} ${p.name}` }));
  const move = (personId: string, groupId: string | null) => actions.assign.mutate({ personId, groupId });

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Group gap="sm">
          <Button leftSection={<IconPlus size={20} />} onClick={() => setNaming({ kind: 'create' })}>
            {t('groups.create')}
          </Button>
          <Button variant="light" leftSection={<IconArrowsSplit size={20} />} onClick={() => setSplitting(true)} data-testid="open-split">
            {t('groups.split.open')}
          </Button>
        </Group>
        <Text c="dimmed" data-testid="groups-summary">
          {t('groups.summary', { groups: groups.length, unassigned: unassigned.length })}
        </Text>
      </Group>
      <Text c="dimmed" size="sm">
        {t('groups.hint')}
      </Text>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 4, lg: 3 }}>
          <UnassignedColumn people={unassigned} groups={groups} details={details} onMove={move} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8, lg: 9 }}>
          {groups.length === 0 ? (
            <Text c="dimmed" fz="lg" py="md">
              {t('groups.none')}
            </Text>
          ) : (
            <SimpleGrid cols={{ base: 1, lg: 2, xl: 3 }} spacing="md">
              {groups.map((g) => (
                <GroupCard
                  key={g.id}
                  group={g}
                  groups={groups}
                  everyone={everyone}
                  details={details}
                  onMove={move}
                  onRole={(role, personId) => actions.setRole.mutate({ id: g.id, role, personId })}
                  work={workOf(g.id)}
                  agendaNumber={agendaNumber}
                  onReport={() => setReporting(g)}
                  onRename={() => setNaming({ kind: 'rename', group: g })}
                  onDelete={() => setDeleting(g)}
                />
              ))}
            </SimpleGrid>
          )}
        </Grid.Col>
      </Grid>
      {naming ? (
        <GroupNameModal
          title={naming.kind === 'create' ? t('groups.createTitle') : t('groups.renameTitle')}
          initial={naming.kind === 'create' ? t('groups.defaultName', { number: groups.length + 1 }) : naming.group.name}
          confirmLabel={naming.kind === 'create' ? t('groups.create') : t('common.save')}
          onSave={(name) => (naming.kind === 'create' ? actions.create.mutateAsync(name) : actions.rename.mutateAsync({ id: naming.group.id, name }))}
          onClose={() => setNaming(null)}
        />
      ) : null}
      {splitting ? (
        <AutoSplitDialog attendees={people} existingGroups={groups.length} onClose={() => setSplitting(false)} onSplit={(request) => actions.autoSplit.mutateAsync(request)} />
      ) : null}
      {reporting ? (
        <ReportBackDialog
          group={reporting}
          issueCount={workOf(reporting.id).issues}
          items={agendaItems}
          currentItemId={agenda?.currentItemId ?? null}
          loading={actions.reportBack.isPending}
          onReport={(agendaItemId) => actions.reportBack.mutate({ groupId: reporting.id, agendaItemId }, { onSettled: () => setReporting(null) })}
          onClose={() => setReporting(null)}
        />
      ) : null}
      <ConfirmDialog
        opened={deleting !== null}
        title={t('groups.deleteTitle', { name: deleting?.name ?? '' })}
        confirmLabel={t('groups.delete')}
        danger
        loading={actions.remove.isPending}
        onClose={() => setDeleting(null)}
        onConfirm={() => deleting && actions.remove.mutate(deleting, { onSettled: () => setDeleting(null) })}
      >
        {t('groups.deleteBody', { count: deleting?.members.length ?? 0 })}
      </ConfirmDialog>
    </Stack>
  );
}
