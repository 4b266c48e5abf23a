/** Correcting a speech filed under the wrong person or agenda item; only what changed is sent. */
import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import type { Participant, Speech } from '../../api/queries/speakers';
import { formatClock } from '../../ui/speech-time';

// Select values are strings: these stand for "nobody known" and "no agenda item".
const NOBODY = '__nobody';
const NO_ITEM = '__none';

/** An agenda item a speech can be filed under, as the history lists them. */
export interface AgendaChoice {
  id: string;
  label: string;
}

interface Props {
  speech: Speech | null;
  roster: Participant[];
  agenda: AgendaChoice[];
  onClose: () => void;
  onSave: (id: string, patch: { personId?: string | null; agendaItemId?: string | null }) => Promise<unknown>;
}

export function SpeechEditModal({ speech, roster, agenda, onClose, onSave }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const [person, setPerson] = useState(NOBODY);
  const [item, setItem] = useState(NO_ITEM);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    setPerson(speech?.person?.id ?? NOBODY);
    setItem(speech?.agendaItemId ?? NO_ITEM);
  }, [speech]);

  const save = async () => {
    if (!speech) return;
    const personId = person === NOBODY ? null : person;
    const agendaItemId = item === NO_ITEM ? null : item;
    const patch = {
      ...(personId !== (speech.person?.id ?? null) ? { personId } : {}),
      ...(agendaItemId !== speech.agendaItemId ? { agendaItemId } : {}),
    };
    if (Object.keys(patch).length === 0) return onClose();
    setSaving(true);
    try {
      await onSave(speech.id, patch);
      onClose();
    } catch {
      // Shown by the caller; the dialog stays open to try again.
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal opened={speech !== null} onClose={onClose} title={<Text fw={700} size="lg">{t('speakers.history.editTitle')}</Text>}>
      {speech ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <Stack>
            <Text c="dimmed">{t('speakers.history.editWhen', { time: format.time(speech.startedAt), duration: formatClock(speech.durationMs) })}</Text>
            <Select
              label={t('speakers.history.person')}
              searchable
              data-autofocus
              allowDeselect={false}
              value={person}
              onChange={(v) => v && setPerson(v)}
              data={[{ value: NOBODY, label: t('speakers.unattributed') }, ...roster.map((p) => ({ value: p.id, label: `#${p.number} ${p.name}` }))]}
            />
            <Select
              label={t('speakers.history.agendaItem')}
              allowDeselect={false}
              value={item}
              onChange={(v) => v && setItem(v)}
              data={[{ value: NO_ITEM, label: t('speakers.history.noItem') }, ...agenda.map((a) => ({ value: a.id, label: a.label }))]}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={saving}>
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
    </Modal>
  );
}
