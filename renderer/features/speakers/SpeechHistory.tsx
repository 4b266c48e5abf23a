/** Every speech so far, newest first: who, under which agenda item, how long; fix or remove a wrong one. */
import { ActionIcon, Badge, Group, Paper, Table, Text, Title, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import type { Participant, Speech } from '../../api/queries/speakers';
import { type AgendaChoice, SpeechEditModal } from './SpeechEditModal';
import { formatClock, personLabel } from '../../ui/speech-time';

interface Props {
  speeches: Speech[];
  roster: Participant[];
  agenda: AgendaChoice[];
  onUpdate: (id: string, patch: { personId?: string | null; agendaItemId?: string | null }) => Promise<unknown>;
  onDelete: (id: string) => Promise<unknown>;
}

export function SpeechHistory({ speeches, roster, agenda, onUpdate, onDelete }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const [editing, setEditing] = useState<Speech | null>(null);
  const [deleting, setDeleting] = useState<Speech | null>(null);
  const [busy, setBusy] = useState(false);
  const agendaLabel = new Map(agenda.map((a) => [a.id, a.label]));
  const newestFirst = [...speeches].reverse();

  return (
    <Paper withBorder radius="md" p="md">
      <Group justify="space-between" mb="xs">
        <Title order={3}>{t('speakers.history.title')}</Title>
        <Text c="dimmed">{t('speakers.history.count', { count: speeches.length })}</Text>
      </Group>
      {speeches.length === 0 ? (
        <Text c="dimmed">{t('speakers.history.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={560} maxHeight={420}>
          <Table verticalSpacing={4} striped highlightOnHover data-testid="speech-history" aria-label={t('speakers.history.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('speakers.history.started')}</Table.Th>
                <Table.Th>{t('speakers.history.person')}</Table.Th>
                <Table.Th>{t('speakers.history.agendaItem')}</Table.Th>
                <Table.Th ta="right">{t('speakers.history.duration')}</Table.Th>
                <Table.Th w={90}>
                  <VisuallyHidden>{t('speakers.history.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {newestFirst.map((s) => {
                const who = personLabel(s.person, t('speakers.unattributed'));
                return (
                  <Table.Tr key={s.id}>
                    <Table.Td style={{ fontVariantNumeric: 'tabular-nums' }}>{format.time(s.startedAt)}</Table.Td>
                    <Table.Td>{who}</Table.Td>
                    <Table.Td c={s.agendaItemId ? undefined : 'dimmed'}>{s.agendaItemId ? (agendaLabel.get(s.agendaItemId) ?? '…') : t('speakers.history.noItem')}</Table.Td>
                    <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {s.state === 'ended' ? (
                        <Text span c={s.overLimit ? 'red.8' : undefined} fw={s.overLimit ? 700 : undefined}>
                          {formatClock(s.durationMs)}
                        </Text>
                      ) : (
                        <Badge color={s.state === 'paused' ? 'orange' : 'wethi'}>{t(s.state === 'paused' ? 'speakers.current.paused' : 'speakers.history.speaking')}</Badge>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Group gap={2} wrap="nowrap" justify="flex-end">
                        <Tooltip label={t('speakers.history.edit')}>
                          <ActionIcon variant="subtle" aria-label={t('speakers.history.editFor', { name: who })} onClick={() => setEditing(s)}>
                            <IconPencil size={18} />
                          </ActionIcon>
                        </Tooltip>
                        <Tooltip label={t('speakers.history.delete')}>
                          <ActionIcon variant="subtle" color="red" aria-label={t('speakers.history.deleteFor', { name: who })} onClick={() => setDeleting(s)}>
                            <IconTrash size={18} />
                          </ActionIcon>
                        </Tooltip>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <SpeechEditModal speech={editing} roster={roster} agenda={agenda} onClose={() => setEditing(null)} onSave={onUpdate} />
      <ConfirmDialog
        opened={deleting !== null}
        title={t('speakers.history.deleteTitle')}
        confirmLabel={t('speakers.history.delete')}
        danger
        loading={busy}
        onClose={() => setDeleting(null)}
        onConfirm={() => {
          if (!deleting) return;
          setBusy(true);
          onDelete(deleting.id)
            .then(() => setDeleting(null))
            .catch(() => undefined)
            .finally(() => setBusy(false));
        }}
      >
        {deleting
          ? t('speakers.history.deleteBody', {
              name: personLabel(deleting.person, t('speakers.unattributed')),
              time: format.time(deleting.startedAt),
              duration: formatClock(deleting.durationMs),
            })
          : ''}
      </ConfirmDialog>
    </Paper>
  );
}
