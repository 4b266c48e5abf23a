/** Naming a new group or renaming one; a name already used in the forum is refused by the core. */
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabels } from '../../i18n/labels';

interface Props {
  title: string;
  initial: string;
  confirmLabel: string;
  onSave: (name: string) => Promise<unknown>;
  onClose: () => void;
}

/** Mounted only while open, so each opening starts from `initial`. */
export function GroupNameModal({ title, initial, confirmLabel, onSave, onClose }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const [name, setName] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    const trimmed = name.trim();
    if (!trimmed) return setError(t('groups.nameRequired'));
    setSaving(true);
    try {
      await onSave(trimmed);
      onClose();
    } catch (e) {
      setError(labels.error(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={<Text fw={700} size="lg">{title}</Text>}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <TextInput
            label={t('groups.name')}
            value={name}
            onChange={(e) => {
              setName(e.currentTarget.value);
              setError(null);
            }}
            error={error}
            maxLength={100}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
