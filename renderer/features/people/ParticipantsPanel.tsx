/** Everyone on the forum's list, in Thai order, filterable; a name opens the person for editing. */
import { ActionIcon, Anchor, Badge, Group, Paper, Stack, Table, Text, TextInput, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconFilter, IconUserMinus } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../shared/contract';
import { compareThai, fullName, normalizeForSearch } from '../../../shared/domain/thai-text';
import { useApi } from '../../api/ApiProvider';
import { keys } from '../../api/query-keys';
import { useRoster } from '../../api/queries/speakers';
import { useFormat } from '../../i18n/format';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { notifyDone, useNotifyError } from '../../ui/notify';
import { PersonDrawer } from './PersonDrawer';

type Forum = Output<'forums.get'>;
type Attendee = Output<'attendance.list'>[number];
type Person = Attendee['person'];

const byName = (a: Attendee, b: Attendee) =>
  compareThai(a.person.firstName, b.person.firstName) || compareThai(a.person.lastName ?? '', b.person.lastName ?? '');

const matchesFilter = (a: Attendee, words: string[]) => {
  const p = a.person;
  const text = normalizeForSearch([fullName(p), p.organisation, p.position, p.village, p.phone].filter(Boolean).join(' '));
  return words.every((w) => text.includes(w));
};

export function ParticipantsPanel({ forum }: { forum: Forum }) {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const onError = useNotifyError();
  const [filter, setFilter] = useState('');
  const [editingId, setEditingId] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Person | null>(null);
  const attendees = useQuery({ queryKey: keys.attendance(forum.id), queryFn: () => api.attendance.list({ forumId: forum.id }) });
  // The badge number (given at registration, never changed) is what every other screen calls a person by.
  const roster = useRoster(forum.id).data;
  const badges = new Map((roster ?? []).map((p) => [p.id, p.number]));

  const unregister = useMutation({
    mutationFn: (person: Person) => api.attendance.unregister({ forumId: forum.id, personId: person.id }).then(() => person),
    onSuccess: (person) => {
      notifyDone(t('participants.unregistered', { name: fullName(person) }));
      setRemoving(null);
    },
    onError,
  });

  const all = [...(attendees.data ?? [])].sort(byName);
  const words = normalizeForSearch(filter).split(' ').filter(Boolean);
  const shown = words.length ? all.filter((a) => matchesFilter(a, words)) : all;
  const checkedIn = all.filter((a) => a.checkedInAt).length;
  // Looked up in the live list, so the drawer closes by itself when the person is erased or removed elsewhere.
  const editing = all.find((a) => a.person.id === editingId)?.person ?? null;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <TextInput
          leftSection={<IconFilter size={18} />}
          placeholder={t('participants.filter')}
          aria-label={t('participants.filter')}
          value={filter}
          onChange={(e) => setFilter(e.currentTarget.value)}
          w={360}
        />
        <Text fz="lg">{t('participants.summary', { registered: all.length, checkedIn })}</Text>
      </Group>
      {all.length === 0 && !attendees.isPending ? (
        <Paper withBorder p="xl" radius="md">
          <Text fz="lg" fw={500}>
            {t('participants.empty')}
          </Text>
          <Text c="dimmed">{t('participants.emptyHint')}</Text>
        </Paper>
      ) : (
        <Paper withBorder radius="md" p="xs">
          <Table.ScrollContainer minWidth={860}>
            <Table striped="even" highlightOnHover verticalSpacing="xs" aria-label={t('participants.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={56} ta="right">
                    {t('participants.number')}
                  </Table.Th>
                  <Table.Th>{t('participants.name')}</Table.Th>
                  <Table.Th>{t('person.organisation')}</Table.Th>
                  <Table.Th w={110}>{t('person.village')}</Table.Th>
                  <Table.Th w={150}>{t('person.sector')}</Table.Th>
                  <Table.Th w={150}>{t('participants.status')}</Table.Th>
                  <Table.Th w={56}>
                    <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((a) => (
                  <Table.Tr key={a.person.id} data-person-id={a.person.id}>
                    <Table.Td ta="right" c="dimmed" data-testid="participant-badge">
                      {badges.get(a.person.id) ?? ''}
                    </Table.Td>
                    <Table.Td>
                      <Anchor component="button" type="button" fw={500} ta="left" className="wethi-row-link" onClick={() => setEditingId(a.person.id)}>
                        {fullName(a.person)}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{[a.person.organisation, a.person.position].filter(Boolean).join(' · ') || '—'}</Text>
                    </Table.Td>
                    <Table.Td>{a.person.village ?? '—'}</Table.Td>
                    <Table.Td>{a.person.sector ? t(`vocab.sector.${a.person.sector}`) : '—'}</Table.Td>
                    <Table.Td>
                      {a.checkedInAt ? (
                        <Badge color="green" variant="light" size="lg">
                          {t('checkIn.arrivedAt', { time: format.time(a.checkedInAt) })}
                        </Badge>
                      ) : (
                        <Badge color="gray" variant="light" size="lg">
                          {t('participants.notArrived')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Tooltip label={t('participants.unregister')}>
                        <ActionIcon variant="subtle" color="gray" aria-label={t('participants.unregisterFor', { name: fullName(a.person) })} onClick={() => setRemoving(a.person)}>
                          <IconUserMinus size={18} />
                        </ActionIcon>
                      </Tooltip>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {shown.length === 0 ? (
            <Text c="dimmed" p="md">
              {t('participants.noMatch')}
            </Text>
          ) : null}
        </Paper>
      )}
      <PersonDrawer person={editing} defaultRecorder={forum.facilitator} onClose={() => setEditingId(null)} />
      <ConfirmDialog
        opened={removing !== null}
        title={t('participants.unregisterTitle')}
        confirmLabel={t('participants.unregister')}
        loading={unregister.isPending}
        onConfirm={() => removing && unregister.mutate(removing)}
        onClose={() => setRemoving(null)}
      >
        {t('participants.unregisterBody', { name: removing ? fullName(removing) : '', forum: forum.title })}
      </ConfirmDialog>
    </Stack>
  );
}
